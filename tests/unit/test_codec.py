"""The shared codec: templates keep their suggestions, and ones stored before them still load."""

from __future__ import annotations

from datetime import UTC, datetime

from madlibs.adapters.codec import template_from_dict, template_to_dict
from madlibs.api.schemas import TemplateOut
from madlibs.domain.model import Blank, Form, Pos, Template

TEMPLATE = Template(
    id="tpl_1",
    title="The Moon Picnic",
    theme="a picnic on the moon",
    text="On {1}, the picnic {2} away.",
    blanks=(
        Blank(
            1, Pos.PROPER_NOUN, Form.NONE, "planet", "Zorblax", ("Neptune", "Jupiter", "Plutonia")
        ),
        Blank(2, Pos.VERB, Form.PAST, None, "wobbled"),
    ),
    created_at=datetime(2024, 5, 1, tzinfo=UTC),
)


def test_suggestions_survive_a_round_trip() -> None:
    data = template_to_dict(TEMPLATE)
    assert data["blanks"][0]["suggestions"] == ["Neptune", "Jupiter", "Plutonia"]
    assert data["blanks"][1]["suggestions"] == []
    assert template_from_dict(data) == TEMPLATE


def test_a_template_stored_before_suggestions_loads_with_none() -> None:
    data = template_to_dict(TEMPLATE)
    for blank in data["blanks"]:
        del blank["suggestions"]
    loaded = template_from_dict(data)
    assert [blank.suggestions for blank in loaded.blanks] == [(), ()]
    assert loaded.blanks[0].example == "Zorblax"


def test_the_api_serves_suggestions_and_an_empty_list_when_there_are_none() -> None:
    served = TemplateOut.from_domain(TEMPLATE).model_dump()
    assert served["blanks"][0]["suggestions"] == ["Neptune", "Jupiter", "Plutonia"]
    assert served["blanks"][1]["suggestions"] == []
