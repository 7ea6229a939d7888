/**
 * Reads the assistant's latest message aloud with the Web Speech API, in a Danish voice where the
 * browser has one. Headless Chromium has speechSynthesis but no voices, so the button only shows
 * when a voice for the language exists.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  text: string;
  lang: string;
  label: string;
}

const BCP47: Record<string, string> = { da: 'da-DK', en: 'en-GB', ar: 'ar', uk: 'uk-UA' };

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const wanted = (BCP47[lang] ?? lang).toLowerCase();
  return globalThis.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(wanted.slice(0, 2)));
}

export function ReadAloud({ text, lang, label }: Props) {
  const [voice, setVoice] = useState(() => voiceFor(lang));
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  if (!voice || !text) return null;
  return (
    <button
      type="button"
      class="link"
      onClick={() => {
        const u = new SpeechSynthesisUtterance(text);
        u.voice = voice;
        u.lang = voice.lang;
        speechSynthesis.cancel();
        speechSynthesis.speak(u);
      }}
    >
      {label}
    </button>
  );
}
