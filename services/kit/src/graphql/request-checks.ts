import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  TypeInfo,
  getNamedType,
  getOperationAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { checkVariables } from './variables';

const refuse = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/**
 * Mistakes in choosing what to run, answered with a code instead of reaching the executor (which
 * in the gateway turns them into INTERNAL_SERVER_ERROR): no operation picked, a subscription.
 */
function checkSelection(document: DocumentNode, operationName: string | null | undefined): GraphQLError | undefined {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const chosen = getOperationAST(document, operationName);
  if (!chosen) {
    if (operationName) return refuse('OPERATION_RESOLUTION_FAILURE', `The document has no operation named "${operationName}"; operationName must be one of its operations.`);
    if (operations.length > 1) return refuse('OPERATION_RESOLUTION_FAILURE', `The document has ${operations.length} operations: say which one to run in operationName.`);
    return refuse('OPERATION_RESOLUTION_FAILURE', 'The document has no operation to run: send a query or a mutation.');
  }
  if (chosen.operation === 'subscription') {
    return refuse('BAD_REQUEST', 'Subscriptions are not supported: send a query or a mutation over HTTP.');
  }
  return undefined;
}

/** An ID argument in an operation: where it is (`field.argument`), its type, and the value written there. */
interface IdArgument {
  field: string;
  type: GraphQLInputType;
  value: ValueNode;
}

/**
 * The ID arguments of each operation of a document, found once per document: Apollo hands every
 * request with the same text the same parsed document, and walking it with type information on
 * every request (in the gateway and in each subgraph it asks) was a visible share of the embedded
 * profile's time (bench/results/gateway.md). Only the values, which may come from variables, are
 * read per request.
 */
const idArgumentsOf = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, IdArgument[]>>();

function idArguments(schema: GraphQLSchema, operation: OperationDefinitionNode): IdArgument[] {
  let bySchema = idArgumentsOf.get(schema);
  if (!bySchema) idArgumentsOf.set(schema, (bySchema = new WeakMap()));
  let found = bySchema.get(operation);
  if (found) return found;
  found = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument || getNamedType(argument.type) !== GraphQLID) return;
        found.push({ field: `${typeInfo.getFieldDef()?.name ?? '?'}.${argument.name}`, type: argument.type, value: node.value });
      },
    }),
  );
  bySchema.set(operation, found);
  return found;
}

/**
 * An ID argument that is empty or blank never names anything: BAD_USER_INPUT with the field, e.g.
 * `eraseStudent.id`, instead of a NOT_FOUND (or worse) further on. Values inside input objects are
 * checked by each use case's own schema (validation.ts).
 */
function checkEmptyIds(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  for (const { field, type, value: node } of idArguments(schema, operation)) {
    const value: unknown = valueFromAST(node, type, variables);
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.trim() === '')) {
      return refuse('BAD_USER_INPUT', `${field}: must not be empty; give the id of the object.`, { field });
    }
  }
  return undefined;
}

/** The first of the checks below that refuses the operation, or nothing. */
export function requestRefusal(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): GraphQLError | undefined {
  return checkSelection(document, operationName) ?? checkVariables(schema, document, operationName, variables) ?? checkEmptyIds(schema, document, operationName, variables);
}

/** Checks that run once the operation is known, in the gateway and in every subgraph. */
export function requestChecksPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const refusal = requestRefusal(ctx.schema, ctx.document, ctx.request.operationName, ctx.request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
