import { graphql } from '@iep/web/data-access';

/** The district's schools: the schools page lists them, the student forms offer them. */
export const AdminSchoolsQuery = graphql(`
  query AdminSchools {
    schools {
      id
      name
    }
  }
`);
