"""The network's facts for the Art. 13 sheet, entered once by the office (docs/data-protection.md).

The coordination office's address and contact, its data protection officer, and the supervisory authority to
which people may complain (Art. 77 GDPR). The authority can be taken over from the templates of the legal
resource (one per Land, to be checked) and edited. Every change is audited.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import select

from verbund_desktop.assessment.legal_texts import AuthorityTemplate, authority_templates
from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import apply_changes
from verbund_desktop.services.organisation.company_validation import ValidationError

_POSTCODE = re.compile(r"\d{5}")


@dataclass(frozen=True)
class NetworkPrivacyInput:
    street: str = ""
    postcode: str = ""
    city: str = ""
    contact: str = ""
    dpo_name: str = ""
    dpo_contact: str = ""
    authority_name: str = ""
    authority_address: str = ""  # one line per address line


def authority_choices() -> tuple[AuthorityTemplate, ...]:
    return authority_templates()


def load_network_privacy(ws: Workspace) -> NetworkPrivacyInput | None:
    """The stored values of the workspace's network, or None when there is no network yet."""
    with ws.unit_of_work() as uow:
        network = uow.session.scalars(select(Network).order_by(Network.created_at)).first()
        if network is None:
            return None
        return NetworkPrivacyInput(
            **{name: getattr(network, name) for name in NetworkPrivacyInput.__annotations__}
        )


def check_network_privacy(data: NetworkPrivacyInput) -> dict[str, str]:
    values = {name: value.strip() for name, value in asdict(data).items()}
    values["authority_address"] = "\n".join(
        line.strip() for line in data.authority_address.splitlines() if line.strip()
    )
    problems = {}
    if values["postcode"] and not _POSTCODE.fullmatch(values["postcode"]):
        problems["postcode"] = "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben)."
    if values["authority_name"] and not values["authority_address"]:
        problems["authority_address"] = "Bitte auch die Anschrift der Aufsichtsbehörde angeben."
    if values["authority_address"] and not values["authority_name"]:
        problems["authority_name"] = "Bitte auch den Namen der Aufsichtsbehörde angeben."
    if problems:
        raise ValidationError(problems)
    return values


def save_network_privacy(ws: Workspace, data: NetworkPrivacyInput, *, actor: str) -> None:
    """Validate (ValidationError with German messages, nothing stored) and store with one audit event per field."""
    values = check_network_privacy(data)
    with ws.unit_of_work() as uow:
        network = uow.session.scalars(select(Network).order_by(Network.created_at)).first()
        if network is None:
            raise ValidationError({"street": "Dieser Arbeitsbereich hat noch keinen Verbund."})
        apply_changes(uow.session, network, values, actor=actor, entity_type="network")
        uow.commit()
