/**
 * The sidecar's JSON Schema (`annotations/sidecar.schema.json`, bundled as data) and its ajv
 * validators, compiled once, on first use.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../annotations/sidecar.schema.json';

/** The schema document, as shipped in `annotations/sidecar.schema.json`. */
export const SIDECAR_SCHEMA: Readonly<Record<string, unknown>> = schema;

/** Where the schema lives, relative to the repository root (for the `$schema` header comment). */
export const SIDECAR_SCHEMA_ID = schema.$id;

interface Validators {
  readonly sidecar: ValidateFunction;
  readonly annotation: ValidateFunction;
}

let validators: Validators | undefined;

function getValidators(): Validators {
  if (!validators) {
    // allErrors: report every problem at once; an analyst fixes a file in one pass.
    const ajv = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true });
    ajv.addSchema(schema);
    validators = {
      sidecar: ajv.getSchema(schema.$id) as ValidateFunction,
      annotation: ajv.compile({ $ref: `${schema.$id}#/definitions/annotation` }),
    };
  }
  return validators;
}

/** Schema errors for a whole sidecar (`[]` when valid). Never throws. */
export function validateSidecarSchema(data: unknown): readonly ErrorObject[] {
  const v = getValidators().sidecar;
  return v(data) ? [] : (v.errors ?? []);
}

/** Schema errors for one annotation (`[]` when valid). Never throws. */
export function validateAnnotationSchema(data: unknown): readonly ErrorObject[] {
  const v = getValidators().annotation;
  return v(data) ? [] : (v.errors ?? []);
}

/** One ajv error in words, without its location: `must be integer`, `unknown key "speeker"`. */
export function describeSchemaError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '' : `${e.instancePath.slice(1).replace(/\//g, '.')} `;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}has an unknown key ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
    case 'required':
      return `${where}is missing required key ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`.trimStart();
    case 'false schema':
      return `${where}is not allowed on this kind of annotation`;
    case 'enum':
      return `${where}must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where}must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return `${where}${e.message ?? 'is invalid'}`;
  }
}

/** Whether an ajv error only repeats another one (`if`/`then` wrappers, `allOf` echoes). */
export function isEchoError(e: ErrorObject): boolean {
  return e.keyword === 'if';
}
