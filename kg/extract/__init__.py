"""The extraction stage: officials, bodies, events, statements and facts from an annotated Doc."""
from .extractor import Extractor
from .model import (Body, Event, Evidence, Extraction, Figure, Founding, Group, Mention,
                    Official, Person, Statement)

__all__ = ["Extractor", "Extraction", "Evidence", "Person", "Body", "Official", "Group",
           "Event", "Statement", "Founding", "Figure", "Mention"]
