"""The README lists every algorithm and every one of its parameter ids, as they are now."""
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme_documents_every_algorithm_and_parameter(anshim_plugin):
    for algorithm in anshim_plugin.provider.algorithms():
        assert f"`{algorithm.id()}`" in README, f"README lacks {algorithm.id()}"
        section = README.split(f"`{algorithm.id()}`", 1)[1].split("\n### ", 1)[0]
        missing = [parameter.name() for parameter in algorithm.parameterDefinitions()
                   if f"`{parameter.name()}`" not in section]
        assert missing == [], f"README section of {algorithm.id()} lacks {missing}"


def test_readme_states_the_two_commands():
    assert "make demo" in README and "make test" in README
