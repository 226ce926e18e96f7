import { DiscoveryService } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule } from '@iep/api/access';
import { startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';

/**
 * Every GraphQL operation with who may call it. A change of access shows up in review as a change
 * of the snapshot; an operation without a declaration fails here (and is refused at run time).
 */
describe('access declarations', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(createApiApp);
  });
  afterAll(() => api.close());

  it('lists every query, mutation and subscription with its permission', () => {
    const discovery = api.app.get(DiscoveryService);
    const declarations: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
        const rule = (Reflect.getMetadata(ACCESS_METADATA, method) ?? Reflect.getMetadata(ACCESS_METADATA, prototype.constructor)) as AccessRule | undefined;
        const access = !rule ? 'UNDECLARED' : rule.kind === 'public' ? 'PUBLIC' : rule.permission;
        declarations.push(`${type}.${name}: ${access}`);
      }
    }
    declarations.sort();
    expect(declarations.filter((line) => line.endsWith('UNDECLARED'))).toEqual([]);
    expect(declarations).toMatchSnapshot();
  });
});
