import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      locale
      role
    }
  }
`);

/** The signed-in person, or null; `loading` is true only until the first answer. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}
