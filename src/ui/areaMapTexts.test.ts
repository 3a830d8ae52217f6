import { describe, expect, it } from 'vitest';
import { areaMapTexts } from './areaMapTexts';

describe('areaMapTexts', () => {
  it('names the area, the indicator and its figure', () => {
    expect(areaMapTexts('Fulford & Heslington', 'Bad or very bad health', '4.0%')).toEqual({
      valueText: '4.0%',
      label: 'Fulford & Heslington: Bad or very bad health 4.0%. Press Enter for details.',
      tooltipName: 'Fulford & Heslington. Bad or very bad health: 4.0%',
    });
  });
  it('says No data when the area has no figure', () => {
    expect(areaMapTexts('Acomb', 'Provides unpaid care', undefined)).toEqual({
      valueText: 'No data',
      label: 'Acomb: Provides unpaid care No data. Press Enter for details.',
      tooltipName: 'Acomb. Provides unpaid care: No data',
    });
  });
});
