import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { validationError } from '@iep/api/core';

/**
 * The parameter types that carry what a client sent: an HTTP body, query or route parameter, and a
 * GraphQL argument ('3' is @nestjs/graphql's GqlParamtype.ARGS as Nest hands it to a pipe; its enum
 * is not exported).
 */
const CLIENT_INPUT = new Set<string>(['body', 'query', 'param', '3']);

/**
 * The global ValidationPipe, for what clients send only. Nest offers every parameter of every resolver
 * to a global pipe, a resolver's parent too: the IEP document had its IEP and each of its suggestions
 * copied by class-transformer and checked by class-validator on every read, objects the API had just
 * built itself (a tenth of what the document allocated). The parent, context and info stay as they are.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => {
        const first = errors[0];
        return validationError(first?.constraints ? Object.values(first.constraints)[0] : undefined, first?.property);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return CLIENT_INPUT.has(String(metadata.type)) ? super.transform(value, metadata) : value;
  }
}
