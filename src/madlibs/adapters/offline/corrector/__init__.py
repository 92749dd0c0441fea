"""The rule-based word corrector (spelling and form, never meaning)."""

from madlibs.adapters.offline.corrector.corrector import Confidence, RuleCorrector

__all__ = ["Confidence", "RuleCorrector"]
