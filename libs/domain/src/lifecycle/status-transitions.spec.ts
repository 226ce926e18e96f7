import { IepKind, IepStatus } from '../roles';
import { IEP_STATUS_TRANSITIONS } from './status-transitions';
import { activeIdFor, ALL_COMMAND_TYPES, apply, inStatus, validCommand } from './test-fixtures';

describe('IEP_STATUS_TRANSITIONS', () => {
  it('lists exactly the status changes that transition() makes, from every status, kind and command', () => {
    const seen = new Set<string>();
    for (const kind of Object.values(IepKind)) {
      for (const status of Object.values(IepStatus)) {
        const state = inStatus(status, kind);
        for (const type of ALL_COMMAND_TYPES) {
          // The successor context as each command needs it: the IEP in effect, or its successor when superseding.
          const activeIepId = type === 'SUPERSEDE' ? 'iep-next' : activeIdFor(state);
          const result = apply(state, validCommand(type), { activeIepId });
          if (result.ok && result.state.status !== state.status) seen.add(`${state.status}->${result.state.status}`);
        }
      }
    }
    expect([...seen].sort()).toEqual(IEP_STATUS_TRANSITIONS.map(([from, to]) => `${from}->${to}`).sort());
  });
});
