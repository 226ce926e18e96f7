import 'reflect-metadata';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Args, Context, Field, InputType, Parent } from '@nestjs/graphql';
import { IsEmail } from 'class-validator';
import { DomainError } from '@iep/api/core';
import { InputValidationPipe } from './input-validation.pipe';

@InputType()
class ProbeInput {
  @Field() @IsEmail() email!: string;
}

class ProbeResolver {
  field(@Parent() _parent: ProbeInput, @Args('input') _input: ProbeInput, @Context() _context: unknown): void {}
}

/** The parameter type Nest hands a pipe for each parameter of ProbeResolver.field, by its position. */
function paramTypes(): string[] {
  const metadata = Reflect.getMetadata(ROUTE_ARGS_METADATA, ProbeResolver, 'field') as Record<string, { index: number }>;
  return Object.entries(metadata).sort(([, a], [, b]) => a.index - b.index).map(([key]) => key.split(':')[0]);
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();
  const [parentType, argsType, contextType] = paramTypes();

  it('validates a GraphQL argument, as Nest names its type', async () => {
    await expect(pipe.transform({ email: 'not-an-address' }, { type: argsType as 'custom', metatype: ProbeInput, data: 'input' }))
      .rejects.toBeInstanceOf(DomainError);
    await expect(pipe.transform({ email: 'a@b.example' }, { type: argsType as 'custom', metatype: ProbeInput, data: 'input' }))
      .resolves.toEqual({ email: 'a@b.example' });
  });

  it('hands a resolver its parent and context as they are: the server made them, nothing to check or copy', async () => {
    const parent = { email: 'built by the server, never checked' };
    await expect(pipe.transform(parent, { type: parentType as 'custom', metatype: ProbeInput })).resolves.toBe(parent);
    const context = { req: {} };
    await expect(pipe.transform(context, { type: contextType as 'custom', metatype: Object })).resolves.toBe(context);
  });

  it('validates an HTTP body, query and route parameter', async () => {
    for (const type of ['body', 'query', 'param'] as const) {
      await expect(pipe.transform({ email: 'nope' }, { type, metatype: ProbeInput })).rejects.toBeInstanceOf(DomainError);
    }
  });
});
