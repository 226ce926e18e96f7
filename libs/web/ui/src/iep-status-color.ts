import type { MantineColor } from '@mantine/core';
import type { IepStatus } from '@iep/web/data-access';

/** An IEP status's badge colour; each has dark text on a pale background (see theme.ts) so the status reads at AA contrast. */
export const IEP_STATUS_COLOR: Record<IepStatus, MantineColor> = {
  DRAFT: 'gray',
  PROPOSED: 'blue',
  ACTIVE: 'green',
  SUPERSEDED: 'gray',
  EXPIRED: 'red',
};
