import { GII_ARTICLE_SLUG } from './gii-article'
import type { SeedArticle } from './types'

// Practical IP insights, news updates and firm news.
export const articlesPart2: SeedArticle[] = [
  {
    key: 'preparing-a-patent-application',
    category: 'ip-insights',
    tags: ['patent-drafting', 'ip-protection', 'pct'],
    releaseDate: '2026-11-10',
    status: 'draft',
    related: ['pct-route-national-phase-timing', 'utility-model-vs-invention-patent'],
    cover: { hue: 46, motif: 'patent' },
    en: {
      title: 'Preparing a Patent Application: What to Bring to Your First Meeting',
      summary:
        'A strong patent starts with a good technical disclosure. This guide explains what information your patent attorney needs and why timing matters so much.',
      body: [
        {
          type: 'paragraph',
          text: 'The quality of a patent depends heavily on the material the inventor provides at the start. A patent attorney can sharpen the wording of the claims, but cannot add technical content that was never disclosed: once an application is filed, amendments may not go beyond what the original documents describe. Preparing a thorough disclosure before the first meeting saves time and produces a stronger right.',
        },
        { type: 'heading', text: 'What a good disclosure covers' },
        {
          type: 'list',
          items: [
            'The technical problem the invention solves and the shortcomings of existing solutions.',
            'How the invention works, with drawings, flowcharts or photographs of prototypes.',
            'Alternative embodiments, materials or parameter ranges that would also work.',
            'Test results or comparisons that demonstrate the technical effect.',
            'Any earlier publications, sales or demonstrations of the invention.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Timing is just as important. China applies an absolute novelty standard with only narrow grace-period exceptions, so an invention shown at a trade fair or described in a paper before filing may no longer be patentable. When in doubt, file first and publish afterwards.',
        },
        {
          type: 'paragraph',
          text: 'Finally, think about where the product will be sold. If protection abroad may be needed, the first Chinese filing should be drafted with later PCT or Paris Convention filings in mind, so that the same description can support claims in other jurisdictions without costly rewriting.',
        },
      ],
    },
    zh: {
      title: '准备专利申请：首次与代理师沟通前，您需要准备什么？',
      summary: '一件高质量的专利，始于一份扎实的技术交底书。本文说明代理师需要哪些信息，以及申请时机为何至关重要。',
      body: [
        {
          type: 'paragraph',
          text: '专利质量在很大程度上取决于发明人最初提供的材料。代理师可以打磨权利要求的措辞，却无法凭空补充从未披露的技术内容——申请一经提交，修改不得超出原说明书和权利要求书记载的范围。因此，在首次沟通前准备一份详尽的技术交底书，既能节省时间，也能让权利更加稳固。',
        },
        { type: 'heading', text: '一份好的技术交底书应当包括' },
        {
          type: 'list',
          items: [
            '发明要解决的技术问题，以及现有方案的不足；',
            '发明的具体实现方式，配以附图、流程图或样机照片；',
            '其他可行的实施方式、替代材料或参数范围；',
            '能够体现技术效果的实验数据或对比结果；',
            '此前是否已通过论文、销售或展示等方式公开。',
          ],
        },
        {
          type: 'paragraph',
          text: '申请时机同样关键。我国采用绝对新颖性标准，不丧失新颖性的宽限期只适用于少数法定情形。发明如果在申请前已经在展会上亮相或写进论文，很可能就无法再获得专利。拿不准的时候，请记住“先申请、后公开”。',
        },
        {
          type: 'paragraph',
          text: '最后，请考虑产品将来在哪些市场销售。如果需要海外保护，首件中国申请在撰写时就应兼顾日后通过PCT或《巴黎公约》途径提出的申请，让同一份说明书能够支持其他法域的权利要求，避免日后大幅改写。',
        },
      ],
    },
  },
  {
    key: 'cross-border-ecommerce-ip-protection',
    category: 'ip-insights',
    tags: ['cross-border-ecommerce', 'trademarks', 'ip-protection', 'shenzhen'],
    releaseDate: '2026-04-22',
    status: 'published',
    related: ['trademark-registration-china-foreign-brands', 'trade-secret-protection-basics'],
    cover: { hue: 184, motif: 'globe' },
    en: {
      title: 'IP Protection Tips for Cross-Border E-Commerce Sellers',
      summary:
        'Selling online across borders exposes brands to copycats and takedown disputes. A few early steps make protection far easier and cheaper.',
      body: [
        {
          type: 'paragraph',
          text: 'Cross-border e-commerce lets a small Shenzhen brand reach customers worldwide within weeks. The same speed works against it: successful products are copied quickly, listings can be hijacked, and some sellers discover that their own brand has been registered by someone else in a key market. IP rights are territorial, so a Chinese registration offers no protection in Europe or North America.',
        },
        {
          type: 'paragraph',
          text: 'The first step is to register trademarks in each target market before launching there, covering both the word mark and the logo. Most major marketplaces run brand-protection programmes that require a registered or pending trademark, and these tools make it much easier to remove counterfeit listings quickly.',
        },
        {
          type: 'paragraph',
          text: 'Product appearance matters too. For consumer goods whose appeal lies in their look, design protection in the main markets is often the fastest and most economical way to stop lookalikes. Functional improvements may justify patent filings, and the PCT route can postpone the decision on which foreign countries to cover.',
        },
        {
          type: 'paragraph',
          text: 'Sellers should also check their own exposure. Before launch, a clearance search helps confirm that a new product or brand does not infringe someone else’s rights, because a competitor’s complaint can freeze a listing and the funds attached to it. Recording key trademarks with Chinese customs can also help stop infringing goods at the border before they are exported.',
        },
      ],
    },
    zh: {
      title: '跨境电商卖家的知识产权保护要点',
      summary: '跨境电商让品牌出海更快，也让仿冒和投诉纠纷如影随形。提前做好几件事，维权会容易得多，成本也更低。',
      body: [
        {
          type: 'paragraph',
          text: '借助跨境电商，一个深圳小品牌几周之内就能把产品卖到全球。但速度是把双刃剑：爆款很快被仿制，商品页面可能遭遇跟卖，甚至有卖家发现自己的品牌在重点市场已被他人抢注。知识产权具有地域性，在中国取得的注册，在欧洲或北美并不当然受到保护。',
        },
        {
          type: 'paragraph',
          text: '第一步，是在进入目标市场之前完成商标注册，文字商标和图形标识最好一并申请。主流电商平台的品牌保护项目大多要求卖家持有已注册或已申请的商标，有了这些工具，下架仿冒链接会顺利得多。',
        },
        {
          type: 'paragraph',
          text: '产品外观同样重要。对于以设计取胜的消费品，在主要市场申请外观设计保护，往往是制止仿款最快捷、最经济的方式。功能上的改进可以考虑申请专利，而借助PCT途径，还能把“进入哪些国家”的决策往后推迟。',
        },
        {
          type: 'paragraph',
          text: '卖家也要留意自身风险。新品或新品牌上线前，最好先做侵权风险排查，以免因竞争对手投诉导致链接被下架、货款被冻结。此外，将核心商标向海关办理知识产权备案，有助于在出口环节拦截侵权货物。',
        },
      ],
    },
  },
  {
    key: 'gii-2025-china-clusters-at-a-glance',
    category: 'news-updates',
    tags: ['global-innovation-index', 'greater-bay-area', 'shenzhen', 'wipo'],
    releaseDate: '2025-09-12',
    status: 'published',
    related: [GII_ARTICLE_SLUG],
    source: {
      en: 'Data source: WIPO',
      zh: '数据来源：世界知识产权组织（WIPO）',
      url: 'https://www.wipo.int/global_innovation_index/en/',
    },
    cover: { hue: 4, motif: 'bars' },
    zh: {
      title: '2025全球科技集群排名：中国上榜集群速览',
      summary: '在WIPO最新发布的全球百强科技集群中，中国共有24个集群入围。本文按名次梳理部分中国集群的排名情况。',
      body: [
        {
          type: 'paragraph',
          text: '世界知识产权组织发布的2025年全球科技集群排名中，百强集群分布于33个经济体。中国以24个集群继续位居各经济体之首，但较2024年的26个有所减少；美国以22个紧随其后，德国有7个。',
        },
        { type: 'heading', text: '头部集群名次' },
        {
          type: 'list',
          items: [
            '深圳–香港–广州：首次位列第1，此前自2020年起连续位居第二；',
            '北京：第4位（2024年第3位）；',
            '上海–苏州：第6位（2024年第5位）；',
            '杭州：第13位（2024年第14位）；',
            '南京：第15位（2024年第9位）。',
          ],
        },
        {
          type: 'paragraph',
          text: '在榜单后段，宁波位列第93位，宁德位列第99位。值得一提的是，宁德在规模排名中虽然靠后，却跻身按人均创新活动计算的强度排名前五，体现出专业化产业集聚的力量。',
        },
        {
          type: 'paragraph',
          text: '需要注意的是，2025年排名新增了风险投资交易指标，与上一年的名次并非完全同口径可比。对深圳及大湾区企业而言，排名提升是对区域创新生态的肯定，也提醒我们在技术成果转化和知识产权保护上继续下功夫。',
        },
      ],
    },
  },
  {
    key: 'gii-2025-india-clusters-climb',
    category: 'news-updates',
    tags: ['global-innovation-index', 'wipo', 'pct'],
    releaseDate: '2025-09-26',
    status: 'published',
    related: ['what-gii-cluster-ranking-measures', 'pct-route-national-phase-timing'],
    source: {
      en: 'Data source: WIPO',
      zh: '数据来源：世界知识产权组织（WIPO）',
      url: 'https://www.wipo.int/global_innovation_index/en/',
    },
    cover: { hue: 24, motif: 'globe' },
    en: {
      title: 'Bengaluru and Delhi Make Big Gains in WIPO’s 2025 Cluster Ranking',
      summary:
        'India’s leading technology hubs were among the biggest climbers in this year’s ranking of science and technology clusters.',
      body: [
        {
          type: 'paragraph',
          text: 'India was one of the most notable movers in WIPO’s 2025 ranking of the world’s largest science and technology clusters. Bengaluru rose from 56th place in 2024 to 21st, and Delhi from 63rd to 26th, while Mumbai appears at 46th. In total, India has four clusters in the top 100, the same number as the United Kingdom.',
        },
        {
          type: 'paragraph',
          text: 'The gains came in the first year that the ranking counted venture-capital deals alongside PCT filings and scientific publications. Because the 2024 ranks were calculated on only two measures, part of the movement reflects the change in method. Even so, the result shows that Indian technology hubs are drawing growing attention as places where research turns into start-ups.',
        },
        {
          type: 'paragraph',
          text: 'For Chinese companies the shift is worth watching. Fast-growing technology hubs are also growing markets, and they can quickly become sources of competing patents. Businesses planning to sell or license technology in South Asia should think about protection there early, for example by keeping the PCT route open so that India can be chosen at the national phase.',
        },
      ],
    },
    zh: {
      title: '2025年全球科技集群排名：班加罗尔、德里大幅跃升',
      summary: '在今年的全球科技集群排名中，印度主要科技中心的名次显著上升，成为榜单的一大看点。',
      body: [
        {
          type: 'paragraph',
          text: '在世界知识产权组织发布的2025年全球科技集群排名中，印度的表现格外引人注目：班加罗尔由2024年的第56位跃升至第21位，德里由第63位升至第26位，孟买则位列第46位。印度共有4个集群跻身百强，与英国持平。',
        },
        {
          type: 'paragraph',
          text: '今年恰逢排名首次在PCT国际专利申请和科学出版物之外纳入风险投资交易指标。由于2024年的名次只基于两项指标计算，名次变化中有一部分源于评价方法的调整。即便如此，这一结果也说明，印度科技中心作为科研成果孵化创业企业的热土，正受到越来越多的关注。',
        },
        {
          type: 'paragraph',
          text: '对中国企业而言，这一变化值得留意。快速成长的科技中心既是新兴市场，也可能很快成为竞争性专利的来源。计划在南亚销售产品或开展技术许可的企业，宜尽早考虑当地保护，例如通过PCT途径保留进入印度国家阶段的选择。',
        },
      ],
    },
  },
  {
    key: 'gii-2025-europe-clusters',
    category: 'news-updates',
    tags: ['global-innovation-index', 'wipo', 'venture-capital'],
    releaseDate: '2025-10-09',
    status: 'published',
    related: [GII_ARTICLE_SLUG, 'what-gii-cluster-ranking-measures'],
    source: {
      en: 'Data source: WIPO',
      zh: '数据来源：世界知识产权组织（WIPO）',
      url: 'https://www.wipo.int/global_innovation_index/en/',
    },
    cover: { hue: 226, motif: 'network' },
    en: {
      title: 'Europe in the 2025 Cluster Ranking: London Surges, Germany Shows Its Breadth',
      summary:
        'London was the standout European performer in WIPO’s 2025 cluster ranking, while Germany placed seven clusters in the top 100, spread right across the country.',
      body: [
        {
          type: 'paragraph',
          text: 'London was Europe’s biggest mover in WIPO’s 2025 ranking of science and technology clusters, jumping from 21st to 8th place. It also ranks third in the world on venture-capital deals, behind only San Jose–San Francisco and New York City. Paris held 12th place, the same position as in the previous year.',
        },
        {
          type: 'paragraph',
          text: 'Germany’s strength lies in breadth rather than in a single dominant hub. Its seven clusters in the top 100 are spread across the country: Munich (27th), Berlin (30th), Cologne (43rd), Stuttgart (54th), Frankfurt am Main (64th), Heidelberg–Mannheim (87th) and Hamburg (91st). The United Kingdom has four clusters in the top 100, and Cambridge and Oxford both rank among the world’s five most intensive clusters relative to population.',
        },
        {
          type: 'paragraph',
          text: 'Elsewhere in Europe, Barcelona (45th) and Madrid (48th) both feature, as do Dublin (71st) and Oslo (85th). For Chinese applicants, the list is a useful guide to where European research and investment are concentrated when planning European patent filings, choosing licensing partners or deciding which trade fairs to attend.',
        },
      ],
    },
  },
  {
    key: 'wuhan-subsidiary-office',
    category: 'firm-news',
    tags: ['ip-protection', 'patent-drafting', 'trademarks'],
    releaseDate: '2025-04-16',
    status: 'published',
    featured: true,
    related: ['longhua-head-office-visitor-guide'],
    cover: { hue: 280, motif: 'building' },
    en: {
      title: 'Our Wuhan Subsidiary: Serving Innovators in Central China',
      summary:
        'Alongside our Shenzhen head office, our Wuhan subsidiary provides patent and trademark services to companies and research institutions in Hubei and across central China.',
      body: [
        {
          type: 'paragraph',
          text: 'In addition to our head office in Longhua District, Shenzhen, the firm operates a subsidiary in Wuhan, Hubei Province. The Wuhan office brings our patent and trademark services closer to the universities, research institutes and manufacturers of central China, so that clients there can sit down with our team in person rather than working only by phone and email.',
        },
        {
          type: 'paragraph',
          text: 'The Wuhan office supports clients with patent searches and drafting, invention, utility model and design applications, PCT filings, trademark registration and general IP advice. More complex matters are handled jointly with colleagues in Shenzhen, so clients in both cities benefit from shared experience and consistent quality standards.',
        },
        { type: 'heading', text: 'Visit us' },
        {
          type: 'paragraph',
          text: 'Wuhan subsidiary: 2808, Block B2, Yuexiu Xinghui Junbo, No. 18 Tazihu East Road, Jiangan District, Wuhan, Hubei Province. Head office: 13/F, Building 14, Longhua Science and Technology Innovation Center (Mission Hills), No. 8 Golf Avenue, Guanlan Street, Longhua District, Shenzhen. To arrange a meeting at either office, please call us or contact us through our official WeChat account.',
        },
      ],
    },
    zh: {
      title: '武汉子公司：立足华中，就近服务创新主体',
      summary: '除深圳总部外，公司在湖北武汉设有子公司，为湖北及华中地区的企业和科研机构提供专利、商标等知识产权服务。',
      body: [
        {
          type: 'paragraph',
          text: '除位于深圳龙华的总部外，公司还在湖北省武汉市设有子公司。武汉子公司让我们的专利、商标服务更贴近华中地区的高校、科研院所和制造企业，当地客户可以与团队当面沟通，不必只依赖电话和邮件往来。',
        },
        {
          type: 'paragraph',
          text: '武汉子公司可为客户提供专利检索与撰写，发明、实用新型和外观设计申请，PCT国际申请，商标注册以及知识产权咨询等服务。对于较为复杂的案件，武汉与深圳两地团队协同处理，确保经验共享、质量标准统一。',
        },
        { type: 'heading', text: '联系我们' },
        {
          type: 'paragraph',
          text: '武汉子公司地址：湖北省武汉市江岸区塔子湖东路18号越秀星汇君泊B2栋2808。深圳总部地址：深圳市龙华区观澜街道高尔夫大道8号龙华科技创新中心（观澜湖）14栋13楼。如需预约到访，欢迎致电或通过公司微信公众号与我们联系。',
        },
      ],
    },
  },
  {
    key: 'client-seminar-overseas-ip-portfolio',
    category: 'firm-news',
    tags: ['pct', 'cross-border-ecommerce', 'trade-secrets', 'greater-bay-area'],
    releaseDate: '2026-12-15',
    status: 'scheduled',
    related: ['pct-route-national-phase-timing', 'cross-border-ecommerce-ip-protection'],
    cover: { hue: 300, motif: 'network' },
    en: {
      title: 'Client Seminar Notice: Planning Your Overseas IP Portfolio',
      summary:
        'We will host a seminar for clients on overseas patent and trademark planning. The time, venue and registration details will be announced separately.',
      body: [
        {
          type: 'paragraph',
          text: 'The firm will hold a client seminar on building an overseas IP portfolio, aimed at companies in Shenzhen and the Greater Bay Area that are preparing to sell, manufacture or license abroad. The session will be practical and case-based, focusing on the decisions that founders, R&D managers and in-house counsel face when a product starts to leave China.',
        },
        { type: 'heading', text: 'Topics' },
        {
          type: 'list',
          items: [
            'Choosing between the PCT route and direct filings under the Paris Convention.',
            'Planning the 30-month national phase: which countries, and in what order.',
            'Protecting brands and product designs on cross-border e-commerce platforms.',
            'Keeping know-how confidential when working with overseas partners.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Places are limited. The time, venue and registration method will be announced through our official WeChat account and by each client’s usual contact at the firm. Questions sent in advance are very welcome and will be answered during the session, so that the discussion stays close to the issues clients are actually facing.',
        },
      ],
    },
    zh: {
      title: '客户研讨会通知：海外知识产权布局规划',
      summary: '公司将举办面向客户的海外专利与商标布局研讨会，具体时间、地点及报名方式将另行通知。',
      body: [
        {
          type: 'paragraph',
          text: '公司将举办“海外知识产权布局”主题客户研讨会，面向深圳及粤港澳大湾区正在筹划海外销售、生产或技术许可的企业。研讨会以实务和案例为主，聚焦企业创始人、研发负责人和法务人员在产品“出海”时必须作出的关键决策。',
        },
        { type: 'heading', text: '主要内容' },
        {
          type: 'list',
          items: [
            'PCT途径与《巴黎公约》途径如何选择；',
            '30个月国家阶段如何规划：进入哪些国家、按什么顺序；',
            '跨境电商平台上的品牌与外观设计保护；',
            '与海外伙伴合作时如何守住技术秘密。',
          ],
        },
        {
          type: 'paragraph',
          text: '本次研讨会名额有限，具体时间、地点和报名方式将通过公司微信公众号及各位客户的对接顾问另行通知。欢迎提前提交问题，我们将在会上集中解答，让讨论更贴近企业的实际需求。',
        },
      ],
    },
  },
  {
    key: 'longhua-head-office-visitor-guide',
    category: 'firm-news',
    tags: ['shenzhen', 'patent-drafting', 'trademarks'],
    releaseDate: '2026-06-02',
    status: 'published',
    related: ['wuhan-subsidiary-office'],
    cover: { hue: 90, motif: 'building' },
    zh: {
      title: '来访指南：深圳龙华总部欢迎您',
      summary: '公司总部位于深圳市龙华区观澜街道。本文介绍来访前的准备事项，帮助您高效完成面谈。',
      body: [
        {
          type: 'paragraph',
          text: '公司总部位于深圳市龙华区观澜街道高尔夫大道8号龙华科技创新中心（观澜湖）14栋13楼。无论是首次咨询专利申请，还是讨论既有案件的答复策略，我们都欢迎客户到总部与代理师当面沟通。',
        },
        {
          type: 'paragraph',
          text: '为节省您的时间，建议提前通过电话或微信公众号预约，并简要说明来访目的，以便我们安排熟悉相关技术领域的代理师接待。涉及技术方案的面谈，请尽量携带技术交底材料、样品或图纸；涉及商标事务，请准备拟注册的标识和商品、服务清单。',
        },
        {
          type: 'paragraph',
          text: '面谈内容我们将严格保密。若技术方案尚未申请专利，请勿在申请前对外公开，我们会在面谈时就申请时机和保护方式一并给出建议。华中地区的客户，也可以就近前往武汉子公司洽谈。',
        },
      ],
    },
  },
]
