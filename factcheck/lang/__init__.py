"""Language packs and language detection."""

from .detect import detect_lang, detect_script
from .pack import LanguagePack, load_pack, load_packs

__all__ = ["LanguagePack", "detect_lang", "detect_script", "load_pack", "load_packs"]
