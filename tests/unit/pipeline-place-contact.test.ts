import { describe, expect, it } from 'vitest';
import { checkContact } from '../../scripts/pipeline/place';
import { PipelineError } from '../../scripts/pipeline/errors';

// The accessibility statement sends readers to this address; a place configured without one must not build.
describe('place contact', () => {
  it('accepts a named https:// page or mailto: address', () => {
    expect(() => checkContact({ name: 'City of York Council', url: 'https://www.york.gov.uk/contact-us' })).not.toThrow();
    expect(() => checkContact({ name: 'Public health team', url: 'mailto:someone@example.org' })).not.toThrow();
  });
  it.each([
    ['missing', undefined],
    ['unnamed', { name: ' ', url: 'https://example.org' }],
    ['plain http', { name: 'Council', url: 'http://example.org' }],
    ['script', { name: 'Council', url: 'javascript:alert(1)' }],
    ['empty', { name: 'Council', url: '' }],
  ])('refuses a contact that is %s', (_, contact) => {
    expect(() => checkContact(contact)).toThrow(PipelineError);
  });
});
