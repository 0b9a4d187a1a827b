package org.qingsong.assistance;

/**
 * What an assessment finds a household to be: a minimum-living-allowance household (低保), people in
 * extreme hardship (特困), an edge household (低保边缘, below the edge multiple of the standard), or none
 * of these.
 */
public enum AssistanceCategory {
  MINIMUM_LIVING,
  EXTREME_HARDSHIP,
  EDGE,
  NONE
}
