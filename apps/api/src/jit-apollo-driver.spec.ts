import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { execute, GraphQLObjectType, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { withPlainFieldReads } from './jit-apollo-driver';

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
}

const QUERY = parse('{ thing { plain missing withDefault renamed } }');
const EXPECTED = { thing: { plain: 'a', missing: null, withDefault: 'fallback', renamed: 'b' } };

/** Nest's code-first schema for ThingResolver, with its resolvers bound the way the driver binds them. */
async function nestSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create([ThingResolver]);
    const query = schema.getQueryType() as GraphQLObjectType;
    query.getFields().thing.resolve = () => new ThingResolver().thing();
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
