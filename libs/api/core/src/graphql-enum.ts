import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL names enum values after the object's keys; the domain enums use PascalCase keys with
 * UPPER_SNAKE values. This registers an object keyed by the values, so the schema shows UPPER_SNAKE
 * and a resolver can return the domain value unchanged.
 */
export function graphqlEnum<E extends Record<string, string>>(domainEnum: E, name: string, description: string): { [K in E[keyof E]]: K } {
  const mirrored = Object.fromEntries(Object.values(domainEnum).map((value) => [value, value])) as { [K in E[keyof E]]: K };
  registerEnumType(mirrored, { name, description });
  return mirrored;
}
