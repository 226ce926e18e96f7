import { Extensions } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/** The field extension that marks a resolved field as one its parent may already carry (see Preloadable). */
export const PRELOADABLE_EXTENSION = 'preloadable';

/**
 * On a `@ResolveField` whose first step is "return the parent's own value when it has one": the API
 * takes that step before Nest does, so a parent loaded with the value (a list's statement joined it,
 * or the list resolver primed it from the same request's loader) costs a property read, not a call
 * through Nest's parameter and pipe machinery. The resolver still runs whenever the parent lacks the
 * value (`undefined`), so it must give the same answer as the preloaded one: only mark fields whose
 * preloaded value comes from the same loader or statement, under the same access rule, as the resolver's.
 */
export const Preloadable = () => Extensions({ [PRELOADABLE_EXTENSION]: true });

/**
 * Whether the operation asks for `name` directly under the field being resolved (through fragments too),
 * so that a list resolver preloads a relation only when someone will read it.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet.selections);
      const fragmentName = selection.name.value;
      if (seen.has(fragmentName)) return false;
      seen.add(fragmentName);
      const fragment = info.fragments[fragmentName];
      return fragment ? within(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && within(node.selectionSet.selections));
}
