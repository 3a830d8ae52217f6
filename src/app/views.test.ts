// The address bar's view ids (ui/url/keys.ts) are the views the shell registers, in the same order.
import { describe, expect, it } from 'vitest';
import { VIEWS } from './views';
import { URL_KEYS, VIEW_IDS } from '../ui/url/keys';

describe('view ids', () => {
  it('match the registered views, the first being the default', () => {
    expect(VIEWS.map((v) => v.id)).toEqual([...VIEW_IDS]);
    expect(URL_KEYS.view.default).toBe(VIEWS[0]?.id);
  });
});
