/** How sidecars are read with the `yaml` package. */

/** YAML 1.2 core schema (no 1.1 surprises such as `no` meaning false), strict, duplicate keys refused. */
export const YAML_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  strict: true,
  uniqueKeys: true,
  prettyErrors: true,
} as const;
