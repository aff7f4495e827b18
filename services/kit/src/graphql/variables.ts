import {
  GraphQLError,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Reasons, type Reason } from '@cb/contracts';

export interface VariableProblem {
  field: string;
  reason: Reason;
  message: string;
}

/** Scalars whose values are dates: a value they refuse is not a real date. */
const DATE_SCALARS = new Set(['LocalDate', 'DateTime']);

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Every way the variables do not fit their declared types, each with its input path (`input.title`).
 * graphql-js finds the same mistakes when it coerces variables, but reports them only as text
 * ("Variable "$input" got invalid value …"), so a client could not mark the field; this walk
 * follows the input coercion rules of the GraphQL spec (§5.6 / §3.10) to name the path instead.
 */
export function variableProblems(type: GraphQLInputType, value: unknown, path: string): VariableProblem[] {
  if (isNonNullType(type)) {
    if (value === undefined || value === null) return [{ field: path, reason: Reasons.REQUIRED, message: `${path}: is required.` }];
    return variableProblems(type.ofType, value, path);
  }
  if (value === undefined || value === null) return [];
  if (isListType(type)) {
    // A single value where a list is expected is a list of one (input coercion of lists).
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => variableProblems(type.ofType, item, Array.isArray(value) ? join(path, i) : path));
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      return [{ field: path, reason: Reasons.INVALID_VALUE, message: `${path}: must be an object with the fields of ${type.name}.` }];
    }
    const fields = type.getFields();
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record)
      .filter((key) => !(key in fields))
      .map((key) => ({ field: join(path, key), reason: Reasons.INVALID_VALUE, message: `${join(path, key)}: ${type.name} has no such field.` }));
    const known = Object.values(fields).flatMap((field) =>
      record[field.name] === undefined && field.defaultValue !== undefined ? [] : variableProblems(field.type, record[field.name], join(path, field.name)),
    );
    return [...known, ...unknown];
  }
  if (isScalarType(type) || isEnumType(type)) {
    let parsed: unknown;
    try {
      parsed = type.parseValue(value);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) return [];
    const reason = DATE_SCALARS.has(type.name) ? Reasons.INVALID_DATE : Reasons.INVALID_VALUE;
    const what = isEnumType(type) ? `one of ${type.getValues().map((v) => v.name).join(', ')}` : `a valid ${type.name}`;
    return [{ field: path, reason, message: `${path}: must be ${what}.` }];
  }
  return [];
}

/**
 * The variables of the operation checked against their declared types: BAD_USER_INPUT with
 * `extensions.field` (the first failing path), `reason` and `fields` (every failing path), so a
 * form can mark its inputs, in the gateway and in every subgraph alike.
 */
export function checkVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  const problems = (operation?.variableDefinitions ?? []).flatMap((definition) => {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    const value = variables?.[name];
    // Validation has already refused unknown types; a default stands in for a variable left out.
    if (!type || (value === undefined && definition.defaultValue)) return [];
    return variableProblems(type, value, name);
  });
  if (problems.length === 0) return undefined;
  const [first] = problems;
  return new GraphQLError(problems.length === 1 ? first.message : `${first.message} (and ${problems.length - 1} more)`, {
    extensions: { code: 'BAD_USER_INPUT', reason: first.reason, field: first.field, fields: problems, http: { status: 400 } },
  });
}
