/** Table cases for the small rules: article paths and annotation ids. */

/** `article.path` values and whether they are accepted (`null`) or why not (a word of the reason). */
export const ARTICLE_PATH_CASES: readonly { path: string; problem: RegExp | null }[] = [
  { path: 'article.txt', problem: null },
  { path: 'sub/article.ar.txt', problem: null },
  { path: './article.txt', problem: null },
  { path: 'sub/../article.txt', problem: null },
  { path: 'مقال.txt', problem: null },
  { path: '', problem: /empty/ },
  { path: '../x', problem: /climbs out/ },
  { path: 'a/../../x', problem: /climbs out/ },
  { path: '..', problem: /climbs out/ },
  { path: '/etc/passwd', problem: /absolute/ },
  { path: '//server/share/x', problem: /absolute/ },
  { path: '..\\x', problem: /backslash/ },
  { path: 'a\\..\\..\\x', problem: /backslash/ },
  { path: 'C:\\x', problem: /backslash/ },
  { path: 'C:/x', problem: /colon/ },
  { path: 'file:///etc/passwd', problem: /colon/ },
  { path: 'x\u0000.txt', problem: /NUL/ },
  { path: '.', problem: /folder/ },
  { path: 'sub/', problem: /folder/ },
  { path: 'sub/..', problem: /folder/ },
];
