/**
 * The YAML language extension (`redhat.vscode-yaml`) validates `*.annotations.yaml` against the
 * sidecar's JSON Schema through `contributes.yamlValidation`. When it is installed, the YAML
 * and schema errors it reports are not reported a second time by News Annotator; the checks
 * a schema cannot express (references between annotations, duplicate ids, the article path,
 * size and YAML features a sidecar refuses) still are.
 */
import * as vscode from 'vscode';

export { isSchemaProblem } from './schema-problem';

export const YAML_EXTENSION_ID = 'redhat.vscode-yaml';

/** `true` when the YAML extension is installed (and so validates sidecars as they are opened). */
export function isYamlExtensionPresent(): boolean {
  return vscode.extensions.getExtension(YAML_EXTENSION_ID) !== undefined;
}
