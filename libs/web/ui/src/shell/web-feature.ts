import type { AnchorProps } from '@mantine/core';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** Lets the header place one item twice: beside the account actions on wide screens, on its own row on a phone. */
export type HeaderItemProps = Pick<AnchorProps, 'visibleFrom' | 'hiddenFrom'>;

export type HeaderItem = {
  /** Place among the signed-in person's actions, lowest first. */
  order: number;
  Component: ComponentType<HeaderItemProps>;
  /** Who sees it; everyone signed in when absent. */
  shownTo?: (role: string) => boolean;
  /**
   * A way to another part of the product (not an account action): on a phone it leaves the action row for a
   * row of its own, so the actions keep their full labels.
   */
  ownRowOnPhone?: boolean;
};

/**
 * What an area of the client adds to the app: its pages and its header items. The app shell collects these,
 * so the header and the router never import an area themselves.
 */
export type WebFeature = {
  /** Pages anyone may open, signed in or not (sign-in, an invitation link). */
  publicRoutes?: RouteObject[];
  /** Pages for signed-in people only. */
  routes?: RouteObject[];
  headerItems?: HeaderItem[];
};
