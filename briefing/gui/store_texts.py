"""What the domain and the store say in English (a field's problem, the name of an undoable step) in the
window's language. The command line keeps the English the store gives."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

from briefing import domain
from briefing.gui.language import current, tr


def _problem_templates() -> dict[str, str]:
    # Shown under the field they are about, so the field's name is left out where English names it.
    return {
        domain.REQUIRED: tr("This field is required."),
        domain.TOO_LONG: tr("Too long: {0:,} characters, at most {1:,}."),
        domain.CONTROL_CHARACTER: tr("Contains the control character {0}; remove it."),
        domain.CHOOSE_ONE: tr("Choose one from the list."),
        domain.NOT_A_CHOICE: tr("'{0}' is not in the list; choose one from it."),
        domain.CHOOSE_A_COUNTRY: tr("Choose a country from the list."),
        domain.NOT_A_COUNTRY: tr("'{0}' is not a country; choose one from the list."),
        domain.SAME_COUNTRIES: tr("Host and guest must be different countries."),
        domain.NOT_AN_ISO_DATE: tr("'{0}' is not a date in the form YYYY-MM-DD."),
        domain.NOT_A_REAL_DATE: tr("'{0}' is not a real date."),
        domain.END_BEFORE_START: tr("The end date is before the start date."),
        domain.CHOOSE_A_PERSON: tr("Choose a person."),
        domain.NOT_A_PARTIAL_DATE: tr("'{0}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."),
        domain.ALREADY_TAKES_PART: tr("This person already takes part in this visit."),
        domain.SIGNATORY_ELSEWHERE: tr("A signatory must be a participant of the same visit."),
        domain.UNKNOWN_COUNTRY: tr("'{0}' is not a known country"),
        domain.LISTED_TWICE: tr("'{0}' is listed twice"),
        domain.NOT_A_PARTICIPANT: tr("'{0}' is not a participant of this visit"),
        domain.NOT_BASE64: tr("'{0}' is not base64 data"),
        domain.NOT_ITS_SHA256: tr("'{0}' does not match its sha256"),
        domain.ATTACHMENT_OVER_LIMITS: tr("'{0}' passes the limits of {1} a file, {2} a visit"),
    }


def problem_text(message: str) -> str:
    """A field's problem (a domain.Problem) in the window's language; English and other texts as they are."""
    if current() == "en" or not isinstance(message, domain.Problem):
        return str(message)
    template = _problem_templates().get(message.template)
    if template is None:
        return str(message)
    locale = QLocale()
    return template.replace("{0:,}", "{0}").replace("{1:,}", "{1}").format(
        *(locale.toString(arg) if isinstance(arg, int) else arg for arg in message.args))


def problem_texts(errors: Mapping[str, str]) -> dict[str, str]:
    """Every field's problem in the window's language."""
    return {name: problem_text(message) for name, message in errors.items()}


def _step_names() -> dict[str, str]:
    return {
        "Add visit": tr("Add visit", "undo step"),
        "Edit visit": tr("Edit visit", "undo step"),
        "Delete visit": tr("Delete visit", "undo step"),
        "Add person": tr("Add person", "undo step"),
        "Edit person": tr("Edit person", "undo step"),
        "Delete person": tr("Delete person", "undo step"),
        "Import": tr("Import", "undo step"),
        "Import visit": tr("Import visit", "undo step"),
        "Add demo visit": tr("Add demo visit", "undo step"),
        "Add participant": tr("Add participant", "undo step"),
        "Edit participant": tr("Edit participant", "undo step"),
        "Delete participant": tr("Delete participant", "undo step"),
        "Reorder participants": tr("Reorder participants", "undo step"),
        "Add cooperation area": tr("Add cooperation area", "undo step"),
        "Edit cooperation area": tr("Edit cooperation area", "undo step"),
        "Delete cooperation area": tr("Delete cooperation area", "undo step"),
        "Reorder cooperation areas": tr("Reorder cooperation areas", "undo step"),
        "Add agreement": tr("Add agreement", "undo step"),
        "Edit agreement": tr("Edit agreement", "undo step"),
        "Delete agreement": tr("Delete agreement", "undo step"),
        "Reorder agreements": tr("Reorder agreements", "undo step"),
        "Add history entry": tr("Add history entry", "undo step"),
        "Edit history entry": tr("Edit history entry", "undo step"),
        "Delete history entry": tr("Delete history entry", "undo step"),
        "Reorder history entries": tr("Reorder history entries", "undo step"),
        "Add quote": tr("Add quote", "undo step"),
        "Edit quote": tr("Edit quote", "undo step"),
        "Delete quote": tr("Delete quote", "undo step"),
        "Reorder quotes": tr("Reorder quotes", "undo step"),
        "Add talking point": tr("Add talking point", "undo step"),
        "Edit talking point": tr("Edit talking point", "undo step"),
        "Delete talking point": tr("Delete talking point", "undo step"),
        "Reorder talking points": tr("Reorder talking points", "undo step"),
        "Add follow-up action": tr("Add follow-up action", "undo step"),
        "Edit follow-up action": tr("Edit follow-up action", "undo step"),
        "Delete follow-up action": tr("Delete follow-up action", "undo step"),
        "Reorder follow-up actions": tr("Reorder follow-up actions", "undo step"),
        "Add attachment": tr("Add attachment", "undo step"),
        "Remove attachment": tr("Remove attachment", "undo step"),
    }


def step_name(label: str) -> str:
    """The name of an undoable step (the store's English label) in the window's language; a label the
    window gave itself (already translated) as it is."""
    return _step_names().get(label, label)
