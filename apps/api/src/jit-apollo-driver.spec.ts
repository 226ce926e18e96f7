import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Preloadable } from '@iep/api/core';
import { execute, GraphQLObjectType, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { withPlainFieldReads, withPreloadedFieldReads } from './jit-apollo-driver';

@ObjectType()
class Thing {
  @Field() plain: string;
  @Field(() => Int, { nullable: true }) missing?: number;
  @Field({ nullable: true, defaultValue: 'fallback' }) withDefault?: string;
  @Field({ name: 'renamed' }) property: string;
}

const THING = { plain: 'a', property: 'b' };

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return { ...THING } as Thing;
  }

  @ResolveField(() => String)
  @Preloadable()
  label(@Parent() thing: Thing & { label?: string }): string {
    return thing.label ?? 'resolved';
  }

  @ResolveField(() => String)
  computed(): string {
    return 'computed';
  }
}

const QUERY = parse('{ thing { plain missing withDefault renamed } }');
const EXPECTED = { thing: { plain: 'a', missing: null, withDefault: 'fallback', renamed: 'b' } };

/** Nest's code-first schema for ThingResolver, with its resolvers bound the way the driver binds them. */
async function nestSchema(calls: string[] = []): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create([ThingResolver]);
    const query = schema.getQueryType() as GraphQLObjectType;
    query.getFields().thing.resolve = () => new ThingResolver().thing();
    const thing = (schema.getType('Thing') as GraphQLObjectType).getFields();
    thing.label.resolve = (source) => {
      calls.push('label');
      return new ThingResolver().label(source as Thing);
    };
    thing.computed.resolve = () => {
      calls.push('computed');
      return new ThingResolver().computed();
    };
    return schema;
  } finally {
    await app.close();
  }
}

describe('withPlainFieldReads', () => {
  it('takes off only the resolvers that read the property of the field’s own name', async () => {
    const schema = withPlainFieldReads(await nestSchema());
    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    expect(fields.plain.resolve).toBeUndefined();
    expect(fields.missing.resolve).toBeUndefined();
    // A default value and a property named differently from the field need Nest's resolver.
    expect(fields.withDefault.resolve).toBeDefined();
    expect(fields.renamed.resolve).toBeDefined();
  });

  it('answers as Nest’s resolvers did, through graphql-js and through graphql-jit', async () => {
    const before = await execute({ schema: await nestSchema(), document: QUERY });
    expect(before).toEqual({ data: EXPECTED });

    const schema = withPlainFieldReads(await nestSchema());
    expect(await execute({ schema, document: QUERY })).toEqual({ data: EXPECTED });
    const compiled = compileQuery(schema, QUERY);
    if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit did not compile: ${JSON.stringify(compiled)}`);
    expect(await compiled.query(undefined, {}, {})).toEqual({ data: EXPECTED });
  });
});

describe('withPreloadedFieldReads', () => {
  const PRELOADED = parse('{ thing { plain label computed } }');

  it('reads a @Preloadable field from its parent when the parent carries it, and calls the resolver otherwise', async () => {
    const calls: string[] = [];
    const schema = withPreloadedFieldReads(await nestSchema(calls));
    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    expect(fields.label.extensions).toMatchObject({ preloadable: true });

    (schema.getQueryType() as GraphQLObjectType).getFields().thing.resolve = () => ({ ...THING, label: 'preloaded' });
    const compiled = compileQuery(schema, PRELOADED);
    if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit did not compile: ${JSON.stringify(compiled)}`);
    expect(await compiled.query(undefined, {}, {})).toEqual({ data: { thing: { plain: 'a', label: 'preloaded', computed: 'computed' } } });
    // A field without the mark keeps its resolver, whatever the parent carries.
    expect(calls).toEqual(['computed']);

    calls.length = 0;
    (schema.getQueryType() as GraphQLObjectType).getFields().thing.resolve = () => ({ ...THING });
    expect(await execute({ schema, document: PRELOADED })).toEqual({ data: { thing: { plain: 'a', label: 'resolved', computed: 'computed' } } });
    expect(calls).toEqual(['label', 'computed']);
  });
});
