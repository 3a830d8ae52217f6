// Plot-area offsets, shared by the chart and the quarter strip under it so the two line up.
export const MARGIN = { top: 28, right: 16, bottom: 4, left: 4 };
export const Y_AXIS_WIDTH = 56;
