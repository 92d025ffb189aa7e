import { GII_ARTICLE_SLUG } from './gii-article'
import type { SeedArticle } from './types'

// Policy & law articles and IP insights.
export const articlesPart1: SeedArticle[] = [
  {
    key: 'pct-route-national-phase-timing',
    category: 'policy-and-law',
    tags: ['pct', 'wipo', 'patent-drafting'],
    releaseDate: '2025-02-18',
    status: 'published',
    featured: true,
    related: ['utility-model-vs-invention-patent', 'cross-border-ecommerce-ip-protection'],
    cover: { hue: 198, motif: 'globe' },
    en: {
      title: 'How the PCT Route Works: From One International Filing to the 30-Month National Phase',
      summary:
        'A single PCT application keeps your patent options open in many countries at once. Here is how the international phase runs and why the 30-month deadline matters.',
      body: [
        {
          type: 'paragraph',
          text: 'The Patent Cooperation Treaty (PCT), administered by WIPO, does not grant an “international patent”. What it offers is a single filing procedure: one application, in one language, at one receiving office, with legal effect in all contracting states. For a company in Shenzhen, the China National Intellectual Property Administration (CNIPA) can act as the receiving office, so the whole international phase can be started at home.',
        },
        { type: 'heading', text: 'The international phase' },
        {
          type: 'paragraph',
          text: 'Most applicants first file a national application and then file the PCT application within the 12-month priority year. An International Searching Authority issues a search report and a written opinion on patentability, giving an early view of the relevant prior art. The application is published promptly after 18 months from the priority date. If it helps, the applicant can request international preliminary examination to argue the case and amend the claims before entering individual countries.',
        },
        { type: 'heading', text: 'Entering the national phase' },
        {
          type: 'paragraph',
          text: 'The key deadline is usually 30 months from the earliest priority date. By then the applicant must decide where to pursue protection, pay the national fees and, where required, file translations. Some offices allow 31 months, and China accepts a limited late entry on payment of a surcharge, but relying on exceptions is risky. After entry, each office examines the application under its own law and decides independently whether to grant a patent.',
        },
        {
          type: 'paragraph',
          text: 'The main benefit of the PCT is time. Thirty months give a business room to test the market, find partners or raise funding before committing to the cost of foreign filings. Planning should still start early: budgets, translation quality and claim strategy all need attention well before the deadline arrives, not in the final weeks.',
        },
      ],
    },
    zh: {
      title: 'PCT国际申请怎么走？一文读懂国际阶段与30个月国家阶段',
      summary:
        '一件PCT申请，就能在众多国家同时保留获得专利保护的可能。本文梳理国际阶段的主要流程，并说明30个月期限为何如此关键。',
      body: [
        {
          type: 'paragraph',
          text: '首先要明确：《专利合作条约》（PCT）并不授予所谓的“国际专利”。它提供的是一套统一的申请程序——用一种语言、向一个受理局提交一件申请，即可在所有成员国产生申请效力。对于深圳企业而言，国家知识产权局就可以作为受理局，整个国际阶段在国内即可启动。',
        },
        { type: 'heading', text: '国际阶段' },
        {
          type: 'paragraph',
          text: '常见做法是先提交中国申请，再在12个月的优先权期限内提出PCT申请。随后，国际检索单位会出具国际检索报告和书面意见，帮助申请人尽早了解相关现有技术。申请自优先权日起满18个月后即行国际公布。如有需要，申请人还可以要求国际初步审查，在进入各国之前陈述意见、修改权利要求。',
        },
        { type: 'heading', text: '进入国家阶段' },
        {
          type: 'paragraph',
          text: '最关键的期限，通常是自最早优先权日起30个月。届时申请人需要确定在哪些国家或地区继续寻求保护，缴纳相应费用，并按要求提交译文。部分专利局允许31个月，中国也允许在缴纳宽限费后适当延后进入，但把希望寄托在例外规定上风险很大。进入国家阶段后，各局依据本国法律独立审查、决定是否授权。',
        },
        {
          type: 'paragraph',
          text: 'PCT最大的价值在于“争取时间”。30个月的窗口期，让企业可以先验证市场、寻找合作伙伴或完成融资，再决定是否投入海外申请费用。不过，预算安排、译文质量和权利要求布局都需要提前规划，切忌临近期限才仓促应对。',
        },
      ],
    },
  },
  {
    key: 'utility-model-vs-invention-patent',
    category: 'policy-and-law',
    tags: ['utility-models', 'patent-drafting', 'ip-protection'],
    releaseDate: '2026-03-05',
    status: 'published',
    related: ['pct-route-national-phase-timing', 'trade-secret-protection-basics'],
    cover: { hue: 32, motif: 'patent' },
    en: {
      title: 'Utility Model or Invention Patent? Choosing the Right Protection in China',
      summary:
        'China offers two routes for protecting technical solutions. They differ in scope, examination, term and stability, and many applicants use both together.',
      body: [
        {
          type: 'paragraph',
          text: 'Chinese patent law recognises three types of patent: invention, utility model and design. For technical innovations the real choice is between the first two. An invention patent can cover products, methods and uses, while a utility model is limited to the shape, structure or combination of a product. Software-related processes, chemical methods and manufacturing techniques can therefore only be protected as inventions.',
        },
        {
          type: 'paragraph',
          text: 'The procedures differ sharply. An invention application goes through substantive examination of novelty, inventiveness and practical applicability, which takes considerably longer. A utility model receives only a preliminary examination and is usually granted much sooner. The trade-off lies in term and certainty: an invention patent lasts 20 years from the filing date, a utility model 10 years, and a right that was never examined in substance is easier to challenge.',
        },
        {
          type: 'paragraph',
          text: 'Because a utility model is not examined in substance, a court or administrative authority handling an infringement dispute may ask the patentee for a patent evaluation report issued by CNIPA. Obtaining one before asserting the right is good practice: it reveals weaknesses early and strengthens the patentee’s position in any negotiation.',
        },
        {
          type: 'paragraph',
          text: 'Chinese law also allows the same applicant to file an invention application and a utility model for the same invention on the same day, provided both filings say so. The utility model gives early protection; when the invention patent is ready to be granted, the applicant gives up the utility model to avoid double patenting. For products with short market cycles, this combined strategy is well worth considering.',
        },
      ],
    },
    zh: {
      title: '实用新型还是发明专利？在中国如何选择合适的保护方式',
      summary:
        '同样是保护技术方案，发明与实用新型在保护客体、审查方式、保护期限和权利稳定性上差别明显，不少企业选择“两条腿走路”。',
      body: [
        {
          type: 'paragraph',
          text: '我国专利分为发明、实用新型和外观设计三种。对于技术创新来说，真正需要权衡的是前两者。发明专利可以保护产品、方法及用途；实用新型则只保护产品的形状、构造或者其结合。因此，软件相关流程、化学方法、制造工艺等，只能通过发明专利获得保护。',
        },
        {
          type: 'paragraph',
          text: '两者的审批程序差异很大。发明申请需要经过新颖性、创造性和实用性的实质审查，周期相对较长；实用新型只进行初步审查，授权通常快得多。代价体现在期限和稳定性上：发明专利保护期为自申请日起20年，实用新型为10年，而未经实质审查的权利也更容易被请求宣告无效。',
        },
        {
          type: 'paragraph',
          text: '由于实用新型未经实质审查，在处理侵权纠纷时，人民法院或者管理专利工作的部门可以要求专利权人出具国家知识产权局作出的专利权评价报告。建议在主张权利之前先行取得，既能提前发现权利的薄弱之处，也能增加谈判筹码。',
        },
        {
          type: 'paragraph',
          text: '此外，同一申请人可以在同日就同样的发明创造既申请实用新型又申请发明，并分别作出说明。实用新型先行授权、提供早期保护；发明专利即将授权时，申请人声明放弃实用新型，以避免重复授权。对于市场周期较短的产品，这种组合策略很值得考虑。',
        },
      ],
    },
  },
  {
    key: 'trademark-registration-china-foreign-brands',
    category: 'policy-and-law',
    tags: ['trademarks', 'ip-protection', 'cross-border-ecommerce'],
    releaseDate: '2026-07-14',
    status: 'published',
    related: ['cross-border-ecommerce-ip-protection'],
    cover: { hue: 348, motif: 'scales' },
    en: {
      title: 'Registering a Trademark in China: A Practical Guide for Foreign Brands',
      summary:
        'China follows a first-to-file system, so foreign brands should secure their marks early. We outline the key steps, from class selection to choosing a Chinese name.',
      body: [
        {
          type: 'paragraph',
          text: 'China grants trademark rights mainly on a first-to-file basis. Using a mark abroad, or even in China, generally does not create rights on its own, and opportunists sometimes register the names of foreign brands before those brands arrive. The safest approach is to file in China before launching products, appointing a distributor or exhibiting the brand at trade fairs there.',
        },
        {
          type: 'paragraph',
          text: 'Applications follow the Nice Classification, but CNIPA also divides each class into subclasses, and similarity between goods is largely assessed subclass by subclass. A specification copied from a filing in another country may therefore leave gaps. Review the goods and services carefully, and consider filing in related classes where copycats are likely to appear.',
        },
        {
          type: 'paragraph',
          text: 'Foreign companies should also decide on a Chinese-language mark. Consumers, media and online platforms will give a brand a Chinese name whether or not its owner chooses one. Registering a carefully selected name, whether a transliteration, a translation or a blend of both, stops others from claiming it first and gives the brand control over how it is spoken about.',
        },
        {
          type: 'paragraph',
          text: 'Foreign applicants without a place of business in China must act through a qualified local agency. Applications can be filed directly with CNIPA or by designating China through the Madrid System. Once approved, the mark is published for a three-month opposition period. A registration lasts ten years and can be renewed for further ten-year periods, but a mark left unused for three consecutive years may be cancelled on request.',
        },
        {
          type: 'paragraph',
          text: 'Registration is only the start. Watching for conflicting new filings by others, recording key marks with Chinese customs and keeping dated evidence of genuine use in China all help keep the right strong, defensible and ready to enforce when a problem appears.',
        },
      ],
    },
  },
  {
    key: 'trade-secret-protection-basics',
    category: 'policy-and-law',
    tags: ['trade-secrets', 'ip-protection'],
    releaseDate: '2026-01-20',
    status: 'published',
    related: ['utility-model-vs-invention-patent'],
    cover: { hue: 160, motif: 'scales' },
    en: {
      title: 'Trade Secret Basics: Protecting What You Choose Not to Patent',
      summary:
        'Not every innovation should be patented. Trade secrets can protect know-how for as long as it stays confidential, but only if the owner takes real steps to keep it that way.',
      body: [
        {
          type: 'paragraph',
          text: 'A patent requires full public disclosure in exchange for a limited term of protection. Some valuable information, such as a formula, process parameters, customer data or source code, may be better kept confidential instead. Under China’s Anti-Unfair Competition Law, such information is protected as a trade secret if it is not known to the public, has commercial value and is covered by reasonable confidentiality measures taken by its owner.',
        },
        {
          type: 'paragraph',
          text: 'The third condition is where many companies fall short. Courts look for concrete evidence: confidentiality clauses in employment contracts, non-disclosure agreements with partners, restricted access to sensitive files, clear marking of confidential documents and written internal rules. A general statement that “everything is confidential” is rarely enough to persuade a judge.',
        },
        { type: 'heading', text: 'A practical checklist' },
        {
          type: 'list',
          items: [
            'Identify and list the information that genuinely gives your business an edge.',
            'Limit access on a need-to-know basis and keep access records.',
            'Sign NDAs before sharing technical details with suppliers, customers or investors.',
            'Remind departing employees of their obligations and recover company materials.',
            'Consider non-compete agreements for key staff, within the limits set by labour law.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Choosing between a patent and secrecy is a strategic decision. If a product can easily be reverse-engineered once it is on sale, secrecy offers little protection and a patent is usually the better tool. If the know-how stays hidden inside the factory, a trade secret can last as long as it remains confidential. Many companies combine both approaches.',
        },
      ],
    },
    zh: {
      title: '商业秘密入门：不申请专利的技术如何保护',
      summary: '并非所有创新都适合申请专利。商业秘密可以长期保护技术诀窍，但前提是权利人采取了切实可行的保密措施。',
      body: [
        {
          type: 'paragraph',
          text: '专利以公开换保护，保护期限有限。而配方、工艺参数、客户信息、源代码等有价值的信息，有时更适合选择保密。根据《反不正当竞争法》，这类信息只要不为公众所知悉、具有商业价值，并经权利人采取相应保密措施，就可以作为商业秘密受到保护。',
        },
        {
          type: 'paragraph',
          text: '实践中，许多企业恰恰在“保密措施”这一环上吃亏。法院看重的是具体证据：劳动合同中的保密条款、与合作方签订的保密协议、涉密文件的访问权限、文件密级标识以及成文的内部制度。一句笼统的“公司所有资料均属机密”，往往难以得到认可。',
        },
        { type: 'heading', text: '企业自查清单' },
        {
          type: 'list',
          items: [
            '梳理并登记真正构成竞争优势的信息；',
            '按“最小必要”原则设置访问权限，并保留访问记录；',
            '向供应商、客户或投资人披露技术细节前，先签署保密协议；',
            '员工离职时提示其保密义务，并收回公司资料；',
            '对核心人员可依法签订竞业限制协议。',
          ],
        },
        {
          type: 'paragraph',
          text: '专利与保密如何取舍，是一项战略选择。产品一上市就容易被反向工程破解的技术，靠保密难以守住，申请专利通常更为稳妥；而藏在工厂内部、外界难以接触的诀窍，只要始终处于保密状态，就能一直受到保护。许多企业会把两种方式结合起来使用。',
        },
      ],
    },
  },
  {
    key: 'what-gii-cluster-ranking-measures',
    category: 'ip-insights',
    tags: ['global-innovation-index', 'innovation-clusters', 'wipo', 'pct'],
    releaseDate: '2025-09-18',
    status: 'published',
    featured: true,
    related: [GII_ARTICLE_SLUG, 'venture-capital-as-innovation-metric'],
    source: {
      en: 'Data source: WIPO',
      zh: '数据来源：世界知识产权组织（WIPO）',
      url: 'https://www.wipo.int/global_innovation_index/en/',
    },
    cover: { hue: 262, motif: 'network' },
    en: {
      title: 'What the GII Cluster Ranking Actually Measures',
      summary:
        'WIPO’s cluster ranking is widely quoted but rarely explained. Here is how clusters are defined, which data go into the ranking and how to read the results.',
      body: [
        {
          type: 'paragraph',
          text: 'As part of its Global Innovation Index, WIPO ranks the world’s largest science and technology clusters every year. A cluster is not a city or a province: it is an area where inventors and scientific authors are densely concentrated, mapped from the addresses listed in patent applications and publications. That is why a cluster can straddle administrative or even national borders, as Shenzhen–Hong Kong–Guangzhou does, and as Singapore does together with neighbouring parts of Malaysia.',
        },
        {
          type: 'paragraph',
          text: 'Until 2024 the ranking rested on two measures: international patent applications filed under the PCT and scientific publications. In 2025 WIPO added a third, the number of venture-capital deals. Each cluster’s activity is expressed as a share of the world total on each measure, and these shares are combined into the overall ranking by size.',
        },
        {
          type: 'paragraph',
          text: 'Size is not the only lens. WIPO also publishes an intensity ranking that relates activity to population. In 2025 the five most intensive clusters were San Jose–San Francisco, Cambridge (UK), Boston–Cambridge, Ningde and Oxford, a reminder that compact, specialised hubs can perform far above what their size would suggest.',
        },
        { type: 'heading', text: 'How to read the results' },
        {
          type: 'paragraph',
          text: 'Year-on-year movements deserve care. Because 2025 introduced a new metric, the previous year’s ranks were calculated on a different basis, so a change in position reflects both real activity and the new method. For businesses, the ranking is most useful as a map: it shows where innovative activity is concentrated, and therefore where competitors, partners and future IP disputes are most likely to be found.',
        },
      ],
    },
    zh: {
      title: '全球创新指数的集群排名，到底在衡量什么？',
      summary:
        '世界知识产权组织的集群排名常被引用，却少有人细说。本文介绍集群如何划定、依据哪些数据，以及应当如何解读名次变化。',
      body: [
        {
          type: 'paragraph',
          text: '每年，世界知识产权组织都会在《全球创新指数》中发布全球科技集群排名。这里的“集群”并非按城市或省份划分的行政区域，而是根据专利申请和科学论文中发明人、作者的地址，识别出的创新活动高度密集的地理区域。正因如此，一个创新集群可以跨越行政边界乃至国境，“深圳–香港–广州”以及与马来西亚相邻地区相连的新加坡集群都是如此。',
        },
        {
          type: 'paragraph',
          text: '2024年及以前，排名只看两项指标：通过PCT途径提交的国际专利申请和科学出版物。2025年起新增第三项——风险投资交易数量。每个集群在各项指标上的表现，都以其占全球总量的份额来衡量，再综合得出按规模排列的总排名。',
        },
        {
          type: 'paragraph',
          text: '规模并不是唯一的视角。WIPO还发布“强度”排名，即把创新活动与人口规模挂钩。2025年强度排名前五的集群分别是圣何塞–旧金山、剑桥（英国）、波士顿–剑桥、宁德和牛津。可见，体量不大但专业化程度高的地区，同样能够表现亮眼。',
        },
        { type: 'heading', text: '如何解读名次变化' },
        {
          type: 'paragraph',
          text: '看名次升降时要格外谨慎。由于2025年新增了指标，上一年的名次是在不同口径下计算的，名次变化既反映真实的创新活动，也受到方法调整的影响。对企业来说，这份榜单更大的价值在于提供一张“地图”：创新活动集中在哪里，竞争对手、合作伙伴乃至潜在的知识产权纠纷，往往也集中在那里。',
        },
      ],
    },
  },
  {
    key: 'venture-capital-as-innovation-metric',
    category: 'ip-insights',
    tags: ['venture-capital', 'global-innovation-index', 'ip-protection', 'patent-drafting'],
    releaseDate: '2025-10-28',
    status: 'published',
    related: [GII_ARTICLE_SLUG, 'what-gii-cluster-ranking-measures'],
    cover: { hue: 128, motif: 'bars' },
    en: {
      title: 'Follow-Up: Why Venture Capital Matters to Your IP Strategy',
      summary:
        'Now that WIPO counts venture-capital deals as a measure of innovation, it is worth asking what investors look for in a start-up’s intellectual property.',
      body: [
        {
          type: 'paragraph',
          text: 'When WIPO added venture-capital deals to its 2025 cluster ranking, it acknowledged something founders already know: an idea becomes an innovation only when someone is willing to finance it into a product. In our interview with Yin we discussed what the change means for clusters. This follow-up looks at the same question from the side of a single company seeking investment.',
        },
        {
          type: 'paragraph',
          text: 'Investors rarely read patent claims line by line, but their advisers do. During due diligence they typically ask whether the core technology belongs to the company rather than to a founder or a university, whether patent applications cover the products actually being sold, and whether the brand is registered in the markets the business plans to enter. Gaps found at this stage can delay a deal or weaken the valuation.',
        },
        { type: 'heading', text: 'Getting investment-ready' },
        {
          type: 'list',
          items: [
            'Make sure inventions by employees and contractors are assigned to the company in writing.',
            'File before any public disclosure, including pitch decks, trade shows and academic papers.',
            'Align the patent portfolio with the product roadmap, not only with past research.',
            'Register trademarks, including a Chinese-language mark, in target markets early.',
            'Keep a simple register of patents, trademarks, licences and confidential know-how.',
          ],
        },
        {
          type: 'paragraph',
          text: 'A clean, well-documented IP position does not guarantee funding, but it removes one of the most common reasons for hesitation. In that sense, the new metric and good IP practice point in the same direction: both reward innovation that is ready to leave the laboratory and meet its customers.',
        },
      ],
    },
    zh: {
      title: '延伸阅读：风险投资为何与企业知识产权布局息息相关',
      summary: 'WIPO将风投交易纳入创新评价之后，不妨换个角度思考：投资人在审视一家初创企业时，会怎样看待它的知识产权？',
      body: [
        {
          type: 'paragraph',
          text: 'WIPO在2025年集群排名中加入风险投资交易指标，印证了许多创业者早已体会到的道理：一个想法只有得到资本支持、最终变成产品，才算真正完成了创新。此前我们就这一变化专访了尹，探讨它对科技集群意味着什么；本文则从单个企业融资的角度，再谈谈同一个问题。',
        },
        {
          type: 'paragraph',
          text: '投资人未必会逐字研读权利要求，但他们聘请的顾问一定会。尽职调查中常见的问题包括：核心技术归属于公司，还是仍在创始人或高校名下？专利申请是否覆盖了实际在售的产品？品牌在计划进入的市场是否已完成注册？这些环节一旦出现漏洞，轻则拖慢交易进度，重则影响估值。',
        },
        { type: 'heading', text: '融资前的知识产权准备' },
        {
          type: 'list',
          items: [
            '以书面形式明确员工及外包人员完成的发明创造归属公司；',
            '在任何公开披露之前提交申请，包括路演材料、展会展示和学术论文；',
            '让专利布局紧跟产品路线图，而不只是总结过往的研究；',
            '尽早在目标市场注册商标，包括中文商标；',
            '建立简明台账，记录专利、商标、许可协议和保密技术信息。',
          ],
        },
        {
          type: 'paragraph',
          text: '清晰、规范的知识产权状况并不能保证融资成功，但可以打消投资人最常见的顾虑。从这个意义上说，新的评价指标与良好的知识产权管理指向同一个方向：都在鼓励那些已经准备好走出实验室、走向市场的创新。',
        },
      ],
    },
  },
]
