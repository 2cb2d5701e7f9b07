"""How a use case ends when it does not do what was asked; nothing was changed either way."""


class Refused(Exception):
    """What the user asked for cannot be done; the message says why and what to do, for a dialog or one line."""


class Cancelled(Exception):
    """The user cancelled a long use case while it ran; what it had begun is undone."""
