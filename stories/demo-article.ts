/**
 * The reference content, shared by the stories and the page test (test/pages/):
 * the seed's appeal (The Moscow Times) in English and Russian, passed to `<support-appeal>`
 * through its slots, and a demo article page that closes with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount, parseAmountConfig, startingFrom, type SnoozeStore } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-article-count.js';
import type { SupportAppeal } from '../packages/elements/src/appeal/SupportAppeal.js';

export type DemoLocale = 'en' | 'ru';

/** The presets of the reference appeal: "support us monthly starting from just $2". */
export const SEED_AMOUNTS = '2,5,10,25';
export const SEED_CURRENCY = 'USD';

/** "$2" in English, "2 $" in Russian: the smallest monthly preset, formatted by Intl. */
export function seedStartingFrom(locale: DemoLocale, amounts = SEED_AMOUNTS): string {
  const config = parseAmountConfig({ amounts, currency: SEED_CURRENCY, locale }, () => {});
  return formatAmount(startingFrom(config, 'monthly'), config.currency, locale);
}

/** The seed's message, as light-DOM children of `<support-appeal>` (heading slot + body). */
export function seedAppealContent(locale: DemoLocale): TemplateResult {
  const from = seedStartingFrom(locale);
  if (locale === 'ru') {
    return html`<span slot="heading">Обращение The Moscow Times</span>
      <p>Дорогие читатели!</p>
      <p>
        Мы столкнулись с беспрецедентными трудностями. Генеральная прокуратура России признала The
        Moscow Times «нежелательной» организацией, тем самым криминализировав нашу работу и
        подвергнув наших сотрудников риску уголовного преследования. Это последовало за
        несправедливым присвоением нам статуса «иностранного агента».
      </p>
      <p>
        Эти действия — прямая попытка заставить замолчать независимую журналистику в России. Власти
        утверждают, что наша работа «дискредитирует решения российского руководства». Мы смотрим на
        это иначе: мы стремимся к точной и непредвзятой журналистике о России.
      </p>
      <p>
        Мы, журналисты The Moscow Times, отказываемся молчать. Но чтобы продолжать работу, нам нужна
        ваша помощь.
      </p>
      <p>
        Ваша поддержка, даже самая скромная, имеет огромное значение. Если можете, поддержите нас
        ежемесячно — всего от ${from}. Оформление займёт минуту, и каждый взнос по-настоящему
        помогает.
      </p>
      <p>
        Поддерживая The Moscow Times, вы защищаете открытую, независимую журналистику перед лицом
        репрессий. Спасибо, что вы с нами.
      </p>`;
  }
  return html`<span slot="heading">A Message from The Moscow Times</span>
    <p>Dear readers,</p>
    <p>
      We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated
      The Moscow Times as an "undesirable" organization, criminalizing our work and putting our
      staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."
    </p>
    <p>
      These actions are direct attempts to silence independent journalism in Russia. The authorities
      claim our work "discredits the decisions of the Russian leadership." We see things
      differently: we strive to provide accurate, unbiased reporting on Russia.
    </p>
    <p>
      We, the journalists of The Moscow Times, refuse to be silenced. But to continue our work, we
      need your help.
    </p>
    <p>
      Your support, no matter how small, makes a world of difference. If you can, please support us
      monthly starting from just ${from}. It's quick to set up, and every contribution makes a
      significant impact.
    </p>
    <p>
      By supporting The Moscow Times, you're defending open, independent journalism in the face of
      repression. Thank you for standing with us.
    </p>`;
}

export interface SeedAppealOptions {
  locale: DemoLocale;
  campaign: string;
  variant?: 'inline' | 'banner' | 'modal';
  checkoutUrl?: string;
  /** The reader's store; default: the page's shared one (tests pass a fresh one per "reload"). */
  store?: SnoozeStore;
}

/** The reference appeal: the seed's words through slots, monthly from $2. */
export function seedAppeal(options: SeedAppealOptions): TemplateResult {
  return html`<support-appeal
    campaign=${options.campaign}
    org="The Moscow Times"
    locale=${options.locale}
    variant=${options.variant ?? 'inline'}
    amounts=${SEED_AMOUNTS}
    currency=${SEED_CURRENCY}
    frequencies="monthly,one-off"
    custom-amount
    .store=${options.store ?? null}
    checkout-url=${
      options.checkoutUrl ??
      'https://donate.example.org/checkout?amount={amount}&currency={currency}&frequency={frequency}&campaign={campaign}&lang={locale}'
    }
    >${seedAppealContent(options.locale)}</support-appeal
  >`;
}

const ARTICLE = {
  en: {
    section: 'News',
    title: 'North Korea Could Send Builders to Eastern Ukraine, Russian Envoy Says',
    byline: 'By Staff Reporter · Demo article: paraphrased text for the support-kit demo',
    paragraphs: [
      'North Korea could send construction workers to the separatist-held regions of eastern Ukraine to help "rebuild" them after months of fighting, Russia’s ambassador to Pyongyang said Tuesday.',
      'Speaking to a Russian newspaper, the ambassador praised North Korean builders as highly qualified and hardworking, able to work in the most difficult conditions, and called reconstruction a promising area of cooperation.',
      'Pyongyang is one of very few governments to have recognized the self-proclaimed "people’s republics" in Donetsk and Luhansk, whose cities and infrastructure have been heavily damaged since the invasion began in February.',
      'Observers noted that such a plan would sit uneasily with United Nations sanctions, which since 2017 have required member states to send North Korean workers home and ban new work permits for them.',
      'Moscow has in recent months signaled that it wants closer ties with Pyongyang, while officials in Kyiv have called any such arrangement a further attempt to legitimize the occupation of Ukrainian territory.',
    ],
    related: 'More news',
    links: [
      'Kremlin signals closer ties with Pyongyang',
      'What sanctions say about foreign workers',
    ],
    controls: 'Demo controls',
    show: { inline: 'Show inline', banner: 'Show as banner', modal: 'Show as modal' },
  },
  ru: {
    section: 'Новости',
    title: 'Северная Корея может отправить строителей на восток Украины, заявил посол России',
    byline: 'Корреспондент · Демонстрационная статья: пересказ для демо support-kit',
    paragraphs: [
      'Северная Корея может направить строителей в подконтрольные сепаратистам районы востока Украины, чтобы помочь «восстановить» их после месяцев боёв, заявил во вторник посол России в Пхеньяне.',
      'В интервью российской газете посол назвал северокорейских строителей высококвалифицированными и трудолюбивыми, способными работать в самых тяжёлых условиях, а восстановление — перспективным направлением сотрудничества.',
      'Пхеньян — одно из немногих правительств, признавших самопровозглашённые «народные республики» в Донецке и Луганске, города и инфраструктура которых сильно пострадали с начала вторжения в феврале.',
      'Наблюдатели отметили, что такой план трудно совместить с санкциями ООН, которые с 2017 года обязывают государства возвращать северокорейских рабочих на родину и запрещают выдавать им новые разрешения на работу.',
      'В последние месяцы Москва даёт понять, что хочет сближения с Пхеньяном, а в Киеве называют любые подобные договорённости очередной попыткой узаконить оккупацию украинской территории.',
    ],
    related: 'Другие новости',
    links: [
      'Кремль сигнализирует о сближении с Пхеньяном',
      'Что санкции говорят об иностранных рабочих',
    ],
    controls: 'Управление демо',
    show: { inline: 'Показать в статье', banner: 'Показать баннером', modal: 'Показать окном' },
  },
} as const;

export interface DemoArticleOptions extends SeedAppealOptions {
  /** Show the buttons that switch the appeal between inline, banner and modal. */
  controls?: boolean;
  /** Put the reader's count sentence ("You've read 12 articles…") just above the appeal. */
  articleCount?: boolean;
}

/** The site's count sentence, in each plural form the locale has (`{count}`: the number). */
export const COUNT_SENTENCES = {
  en: {
    one: "You've read {count} article from The Moscow Times in the last year.",
    other: "You've read {count} articles from The Moscow Times in the last year.",
  },
  ru: {
    one: 'За последний год вы прочли {count} статью The Moscow Times.',
    few: 'За последний год вы прочли {count} статьи The Moscow Times.',
    many: 'За последний год вы прочли {count} статей The Moscow Times.',
    other: 'За последний год вы прочли {count} статьи The Moscow Times.',
  },
} as const;

/** `<support-article-count>` with the demo's sentences, reading `store` (default: the page's). */
export function articleCount(locale: DemoLocale, store?: SnoozeStore): TemplateResult {
  const sentences: Partial<Record<'one' | 'few' | 'many' | 'other', string>> =
    COUNT_SENTENCES[locale];
  return html`<support-article-count
    class="article-count"
    locale=${locale}
    one=${sentences.one ?? nothing}
    few=${sentences.few ?? nothing}
    many=${sentences.many ?? nothing}
    other=${sentences.other ?? nothing}
    .store=${store ?? null}
  ></support-article-count>`;
}

/** Switches the page's appeal to another variant, showing it again if it was hidden. */
async function showAs(event: Event, variant: 'inline' | 'banner' | 'modal'): Promise<void> {
  const page = (event.currentTarget as HTMLElement).closest('.demo-page');
  const appeal = page?.querySelector<SupportAppeal>('support-appeal');
  if (!appeal) return;
  appeal.variant = variant;
  await appeal.reset();
}

/**
 * A realistic article page (headline, byline, paragraphs) that closes with the seed's appeal,
 * followed by related links; `controls` adds buttons that show the banner or the modal at once.
 */
export function demoArticle(options: DemoArticleOptions): TemplateResult {
  const text = ARTICLE[options.locale];
  return html`<div class="demo-page" lang=${options.locale}>
    <style>
      .demo-page {
        max-width: 42rem;
        margin: 0 auto;
        font:
          18px/1.6 Georgia,
          'Times New Roman',
          serif;
        color: #1a1a1a;
        background: #fff;
      }
      .demo-page h1 {
        font-size: 2rem;
        line-height: 1.2;
        margin: 0.25em 0;
      }
      .demo-page .section {
        color: #8a1c1c;
        font:
          700 0.85rem/1 system-ui,
          sans-serif;
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
      .demo-page .byline {
        color: #4a4a4a;
        font:
          0.9rem system-ui,
          sans-serif;
      }
      .demo-page .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block: 1rem;
      }
      .demo-page .controls button {
        min-height: 44px;
        padding: 0.25rem 0.75rem;
        font: inherit;
        font-size: 0.9rem;
      }
      .demo-page support-appeal {
        --support-accent: #8a1c1c;
      }
      .demo-page .article-count {
        display: block;
        margin-block: 1.5rem 0.5rem;
        font:
          italic 1rem/1.5 system-ui,
          sans-serif;
      }
      .demo-page footer a {
        color: #8a1c1c;
      }
    </style>
    <main>
      ${
        options.controls
          ? html`<div class="controls" role="group" aria-label=${text.controls}>
              ${(['inline', 'banner', 'modal'] as const).map(
                (variant) =>
                  html`<button type="button" @click=${(event: Event) => showAs(event, variant)}>
                    ${text.show[variant]}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <article>
        <header>
          <p class="section">${text.section}</p>
          <h1>${text.title}</h1>
          <p class="byline">${text.byline}</p>
        </header>
        ${text.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${options.articleCount ? articleCount(options.locale, options.store) : nothing}
        ${seedAppeal(options)}
      </article>
      <footer>
        <h2>${text.related}</h2>
        <ul>
          ${text.links.map((title, i) => html`<li><a href="#related-${i + 1}">${title}</a></li>`)}
        </ul>
      </footer>
    </main>
  </div>`;
}
