import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/**
 * Replaces each `graphql(\`query Foo …\`)` call with the parsed document that the codegen generated
 * as `FooDocument`, written in place (what the codegen client preset's Babel plugin does; this client
 * is not built with Babel). The `graphql` function looks documents up in a map of every operation in
 * the app, and even the generated constants are one module, which the bundler keeps in one chunk: both
 * put every query of every page, about 40 KB compressed, on the sign-in page. Written in place, each
 * document travels with the route that sends it. The same document either way.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  const generated = readFileSync(generatedFile, 'utf8');
  const documents = new Map(
    [...generated.matchAll(/^export const (\w+) = (\{[\s\S]*?\}) as unknown as DocumentNode/gm)].map((m) => [m[1], m[2].replace(/\n\s*/g, ' ')]),
  );
  return {
    name: 'iep-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/data-access/src/gql/') || !code.includes('graphql(')) return null;
      let replacedAny = false;
      const replaced = code.replace(CALL, (call: string, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) this.error(`${id}: a graphql() document without a named operation or fragment`);
        // The codegen's naming: each part between underscores starts with a capital (`Card_student` → `Card_Student`).
        const base = definition![2].split('_').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('_');
        const name = definition![1] === 'fragment' ? `${base}FragmentDoc` : `${base}Document`;
        const parsed = documents.get(name);
        if (!parsed) this.error(`${id}: ${name} is not generated; run \`npm run codegen\``);
        replacedAny = true;
        // Same line count, so the source map of the rest of the file stays right.
        return `(${parsed})${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      return replacedAny ? { code: replaced, map: null } : null;
    },
  };
}
