"""Hand-written additions to the generated package: the vendor sandbox, and the walk over the event store's authentication failures (``audit``)."""
