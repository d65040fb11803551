import { CLUSTER_KINDS, MEMBERSHIP_ROLES, PERIOD_STAGES as DB_STAGES } from '@thidua/db';
import { describe, expect, it } from 'vitest';
import { STAGE_NAMES as SERVER_STAGE_NAMES } from '../../server/src/workflow/stage-guards';
import { CLUSTER_KINDS as KIND_NAMES, STAGE_NAMES } from '../src/organisation/texts';
import { PERIOD_STAGES } from '../src/organisation/types';
import { ROLE_NAMES } from '../src/users/texts';
import { MEMBERSHIP_ROLES as WEB_ROLES } from '../src/users/types';

describe('the organisation and users screens and the server agree', () => {
  it('on the stages of a period, in order, and on their names', () => {
    expect(PERIOD_STAGES).toEqual(DB_STAGES);
    expect(STAGE_NAMES).toEqual(SERVER_STAGE_NAMES);
  });

  it('on the cluster kinds and the membership roles, each with a Vietnamese name', () => {
    expect(Object.keys(KIND_NAMES).sort()).toEqual([...CLUSTER_KINDS].sort());
    expect(WEB_ROLES).toEqual(MEMBERSHIP_ROLES);
    for (const role of MEMBERSHIP_ROLES) expect(ROLE_NAMES[role]).toBeTruthy();
  });
});
