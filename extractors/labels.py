"""Span labels every extractor uses."""

METHOD = "METHOD"
DATASET = "DATASET"
METRIC = "METRIC"
TASK = "TASK"
RESULT = "RESULT"

#: Labels of named-entity spans.
ENTITY_LABELS = (METHOD, DATASET, METRIC, TASK)
#: Every label an extractor may write.
ALL_LABELS = ENTITY_LABELS + (RESULT,)
