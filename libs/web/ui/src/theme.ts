import { Alert, Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';
import type { CSSProperties } from 'react';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6 (Mantine's default) gives white-on-blue buttons and blue links about 3.6:1; shade 8 passes AA (5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // A link on an alert's tinted background needs a darker blue than on white: shade 8 gave about 4.1:1
    // on the light blue of an info alert, shade 9 gives over 5.5:1 on every alert colour.
    Alert: Alert.extend({
      styles: { root: { '--mantine-color-anchor': 'var(--mantine-color-blue-9)' } as CSSProperties },
    }),
    Badge: Badge.extend({
      // Upper case is harder to read for many people, and a status may be a few words long.
      defaultProps: { variant: 'light', tt: 'none', size: 'lg' },
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
      },
    }),
  },
});

/**
 * Mantine's light scheme draws error text, dimmed text and green "light" badges below the 4.5:1 contrast
 * WCAG AA asks for; these overrides keep the same look with darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-green-light-color': '#20672e',
    '--mantine-color-red-light-color': '#a32121',
  },
  dark: {},
});
