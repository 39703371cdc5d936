## Activities: My day, follow-ups, visits, the timeline
