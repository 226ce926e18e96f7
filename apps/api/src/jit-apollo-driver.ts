import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute, getNamedType, GraphQLError, getVariableValues, isInputObjectType, isInterfaceType, isObjectType, printSchema, typeFromAST,
  type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { PRELOADABLE_EXTENSION } from '@iep/api/core';

/**
 * graphql-jit builds a resolver's error without `extensions` when the thrown error had none (a database
 * error, a bug), and Apollo's error formatting then fails on it before formatError can classify it. Such
 * errors get empty extensions, so formatError sees them like graphql-js's.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.extensions
        ? error
        : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: {} }),
    ),
  };
}

/** Compiled operations kept per process; the web client sends a fixed set, so this is never full in practice. */
const COMPILED_OPERATIONS = 500;

/**
 * Whether graphql-jit may run an operation: a query whose variables are scalars, enums or lists of them.
 * graphql-jit coerces variables itself and, unlike graphql-js, ignores the default values of input-object
 * fields; mutations (which take the input objects) and any query taking one keep graphql-js.
 */
function jitCanRun(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]);
    return type !== undefined && !isInputObjectType(getNamedType(type));
  });
}

/**
 * Executes queries with graphql-jit, which compiles each operation once into a function instead of
 * walking the document for every field of every request as graphql-js does (for the IEP editor's
 * document, a fifth of the API's CPU). Apollo Server still parses, validates, runs the plugins and
 * formats errors; only execution changes, through the executor hook Apollo offers for it (the gateway
 * interface). Variables are checked by graphql-js first, so a bad one is the same BAD_USER_INPUT as
 * ever. Mutations, queries that take input objects (see jitCanRun) and subscriptions (graphql-ws) keep
 * graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();
  const executor: GatewayExecutor = async (request) => {
    const variableValues = request.request.variables ?? {};
    if (!jitCanRun(schema, request.operation)) {
      return execute({ schema, document: request.document, operationName: request.operationName, variableValues, contextValue: request.context }) as Promise<ExecutionResult>;
    }
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variableValues);
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let operation = compiled.get(key);
    if (operation) {
      compiled.delete(key);
    } else {
      operation = compileQuery(schema, request.document, request.operationName ?? undefined);
      if (compiled.size >= COMPILED_OPERATIONS) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, operation);
    if (!isCompiledQuery(operation)) return operation;
    return withExtensions(await (operation.query(undefined, request.context, variableValues) as Promise<ExecutionResult>));
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/**
 * Nest gives every plain `@Field` a resolver that reads the property of the same name. graphql-jit
 * reads a field without a resolver inline, in the function it compiles, but must call a resolver (with
 * its resolve info) for every field of every object: for the IEP document, thousands of calls a request.
 * This takes those resolvers off again where they are exactly a read of the field's own name, which is
 * what GraphQL's default resolver does. Nest's resolver is recognised by its name and checked by calling
 * it: a field with a default value or a property named differently from the field keeps its resolver.
 */
export function withPlainFieldReads(schema: GraphQLSchema): GraphQLSchema {
  const probe = Symbol('probe');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((source: unknown) => unknown) | undefined;
      if (resolve?.name !== 'rootFieldResolver' || resolve.length !== 1) continue;
      if (resolve({ [field.name]: probe }) === probe && resolve({}) === undefined) field.resolve = undefined;
    }
  }
  return schema;
}

/**
 * A field marked `@Preloadable()` reads its parent's own value when the parent carries one, and calls its
 * resolver (through Nest) only when it does not: a district's page of 500 students, each with its IEPs
 * and their case managers, made 2,000 such calls, each paying Nest's parameter and pipe machinery.
 */
export function withPreloadedFieldReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.extensions?.[PRELOADABLE_EXTENSION] !== true) continue;
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const own = (source as Record<string, unknown> | null)?.[name];
        return own !== undefined ? own : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** The Apollo driver, with execution by graphql-jit (see jitGateway). */
@Injectable()
export class JitApolloDriver extends ApolloDriver {
  override async registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }): Promise<void> {
    const { schema, typeDefs: _typeDefs, resolvers: _resolvers, ...rest } = options;
    if (!schema) throw new Error('JitApolloDriver needs the generated schema');
    return super.registerExpress({ ...rest, gateway: jitGateway(withPreloadedFieldReads(withPlainFieldReads(schema))) } as ApolloDriverConfig, hooks);
  }
}
