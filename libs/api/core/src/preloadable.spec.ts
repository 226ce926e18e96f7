import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './preloadable';

const schema = buildSchema(`
  type Iep { id: ID }
  type Student { id: ID name: String ieps: [Iep] }
  type Query { students: [Student] }
`);

/** What selectsField answers for `ieps` under `students` in the given operation. */
async function selectsIeps(operation: string): Promise<boolean> {
  let answer: boolean | undefined;
  const result = await execute({
    schema,
    document: parse(operation),
    rootValue: {
      students: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = selectsField(info, 'ieps');
        return [];
      },
    },
  });
  if (result.errors) throw result.errors[0];
  if (answer === undefined) throw new Error('the resolver did not run');
  return answer;
}

describe('selectsField', () => {
  it('sees the field asked directly, in an inline fragment and in a named fragment', async () => {
    expect(await selectsIeps('{ students { id ieps { id } } }')).toBe(true);
    expect(await selectsIeps('{ students { id ... on Student { ieps { id } } } }')).toBe(true);
    expect(await selectsIeps('query { students { ...Row } } fragment Row on Student { name ieps { id } }')).toBe(true);
  });

  it('is false when the field is not asked for, even under a deeper field of the same name', async () => {
    expect(await selectsIeps('{ students { id name } }')).toBe(false);
    expect(await selectsIeps('query { students { ...Row } } fragment Row on Student { name }')).toBe(false);
  });
});
