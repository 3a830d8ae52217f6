// How the groups map draws a ward in or out of the group: colours, outline, and the words for it. Pure.

export const IN_GROUP = { fill: '#1d70b8', outline: '#0b0c0c' };
export const OUT_OF_GROUP = { fill: '#ffffff', outline: '#6f777b' };

export const styleFor = (inGroup: boolean) => ({
  color: inGroup ? IN_GROUP.outline : OUT_OF_GROUP.outline,
  weight: inGroup ? 4 : 1,
  fillColor: inGroup ? IN_GROUP.fill : OUT_OF_GROUP.fill,
  fillOpacity: inGroup ? 0.55 : 0.7,
});

/** The ward's accessible name, as a checkbox. */
export const labelFor = (name: string, inGroup: boolean) =>
  `${name}: ${inGroup ? 'in the group' : 'not in the group'}. Press Space or Enter to ${inGroup ? 'take it out' : 'add it'}.`;

/** The words of the ward's tooltip, after its name. */
export const tooltipFor = (inGroup: boolean) => (inGroup ? 'In the group: select to take it out' : 'Not in the group: select to add it');

/** The ward's name on the map: a tick before it when in the group. */
export const mapNameFor = (name: string, inGroup: boolean) => ({
  text: inGroup ? `✓ ${name}` : name,
  accessibleName: inGroup ? `${name}, in the group` : name,
  className: `area-label gr-label${inGroup ? ' gr-label-in' : ''}`,
});
