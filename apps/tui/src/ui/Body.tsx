import { Box } from 'ink';
import type { UiMessages } from '../i18n/ui-messages.ts';
import type { AppState } from '../state/app.ts';
import { guideParts } from '../text/guide.ts';
import { truncate } from '../text/wrap.ts';
import { LinesView } from './LinesView.tsx';
import { SelectList } from './SelectList.tsx';
import type { Model } from './screen-model.ts';
import { ReviewScreen } from './screens/Review.tsx';
import { HomeScreen, LanguageScreen } from './screens/Simple.tsx';
import { WizardScreen } from './screens/Wizard.tsx';
import { Text } from './Text.tsx';
import { TextInput } from './TextInput.tsx';

/** The screen the state names, in the rows between the title and the status line. */
export function Body({
  state,
  view,
  messages,
  width,
  height,
}: {
  state: AppState;
  view: Model;
  messages: UiMessages | undefined;
  width: number;
  height: number;
}) {
  if (state.screen === 'language' || !messages) {
    return <LanguageScreen index={state.language} width={width} height={height} />;
  }
  switch (state.screen) {
    case 'home':
      return (
        <HomeScreen
          state={state}
          index={state.home}
          messages={messages}
          width={width}
          height={height}
        />
      );
    case 'guide':
      if (state.guide.view === 'parts') {
        const items = guideParts(messages.guide).map((part) => part.title);
        return <SelectList items={items} index={state.guide.part} width={width} height={height} />;
      }
      return (
        <LinesView
          lines={view.lines ?? []}
          scroll={state.guide.scroll}
          height={height}
          query={state.guide.search?.query}
        />
      );
    case 'wizard':
      return (
        state.wizard && (
          <WizardScreen wizard={state.wizard} messages={messages} width={width} height={height} />
        )
      );
    case 'review':
      return (
        state.wizard && (
          <ReviewScreen
            wizard={state.wizard}
            index={state.review}
            messages={messages}
            width={width}
            height={height}
          />
        )
      );
    case 'preview': {
      const titles = state.letter?.result.documents.map((document) => document.title) ?? [];
      const tabs = titles
        .map((title, index) => (index === state.preview.document ? `[${title}]` : ` ${title} `))
        .join(' ');
      return (
        <Box flexDirection="column">
          <Text bold>{truncate(tabs, width)}</Text>
          <LinesView
            lines={view.lines ?? []}
            scroll={state.preview.scroll}
            height={height - view.linesTop}
          />
        </Box>
      );
    }
    case 'position':
      return (
        <LinesView lines={view.lines ?? []} scroll={state.standing?.scroll ?? 0} height={height} />
      );
    case 'check':
      if (state.check.result)
        return <LinesView lines={view.lines ?? []} scroll={state.check.scroll} height={height} />;
      return (
        <Box flexDirection="column">
          <Text>{messages.check.prompt}</Text>
          <TextInput field={state.check.field} width={width} prefix="> " />
        </Box>
      );
  }
}
