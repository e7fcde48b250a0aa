/**
 * Every suite that runs inside VS Code, in one bundle (dist/test/vscode/suites.js). Loaded by
 * mocha with its `tdd` globals in place: by {@link run} in ./index.ts, or by @vscode/test-cli.
 */
import './seed-article.test';
import './report.test';
import './sources-view.test';
import './walkthrough-trust.test';
import './english-article.test';
import './sidecar.test';
import './reading.test';
import './annotate.test';
import './reading-view.test';
