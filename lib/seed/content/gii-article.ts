import type { SeedArticle } from './types'

/** The flagship article (charts, Q&A): its seed key, which the seed also makes its slug. */
export const GII_ARTICLE_SLUG = 'gii-2025-innovation-clusters'

export const giiArticle: SeedArticle = {
  key: GII_ARTICLE_SLUG,
  category: 'news-updates',
  tags: [
    'innovation-clusters',
    'wipo',
    'global-innovation-index',
    'venture-capital',
    'greater-bay-area',
    'shenzhen',
    'pct',
  ],
  releaseDate: '2025-09-05',
  status: 'published',
  featured: true,
  en: {
    title: 'Global Innovation Index 2025: WIPO Unveils Its New Ranking of the World’s Top 100 Innovation Clusters',
    summary:
      'For the first time, WIPO’s cluster ranking counts venture-capital deals, and Shenzhen–Hong Kong–Guangzhou moves into first place. Our IP expert Yin explains what the new metric means and how Chinese clusters can respond.',
    body: [
      {
        type: 'paragraph',
        text: 'The World Intellectual Property Organization (WIPO) has published the 2025 edition of its Global Innovation Index (GII) ranking of science and technology clusters. This year the ranking looks beyond patents and research papers and also counts venture-capital deals. Shenzhen–Hong Kong–Guangzhou moved into first place ahead of Tokyo–Yokohama, having finished second in every edition since 2020. We asked Yin, our firm’s IP expert, what the change means for innovators and for Chinese clusters.',
      },
      {
        type: 'question',
        label: 'Q1',
        text: 'WIPO has added venture-capital deal activity as a third measure, alongside PCT patent filings and scientific publications. Why make this change, and what will it mean for the way innovation is assessed around the world?',
      },
      {
        type: 'answer',
        speaker: 'Yin',
        text: 'In short, the yardstick is moving from the laboratory towards the market. Patent applications and journal articles show how productive a research base is, but they say little about whether that research ever becomes a product that customers pay for. Venture capital sits exactly at that junction: investors back a start-up only when they believe a technology can be turned into a business. Counting VC deals gives WIPO a way to capture commercial momentum, not just inventive output.',
      },
      {
        type: 'paragraph',
        text: 'The effect is already visible in this year’s table. Clusters with deep investor networks moved up: San Jose–San Francisco climbed from sixth to third, London jumped from 21st to 8th, and Hangzhou edged up from 14th to 13th. On the VC measure alone, San Jose–San Francisco leads the world, followed by New York City and London.',
      },
      {
        type: 'paragraph',
        text: 'Concentration is another message. The ten largest clusters together account for roughly 40% of PCT filings and about 35% of VC deals, but only a little over 15% of scientific publications. Capital and patents, in other words, gather in fewer places than research papers do. Across the full top 100, the share rises to around 70% of both PCT filings and VC deals, and about half of all publications.',
      },
      {
        type: 'paragraph',
        text: 'For governments and companies, the lesson is that volume alone no longer wins. A cluster now has to show that its ideas reach the market. That puts a premium on efficient technology transfer, on capital markets that are willing to fund new technology, and on clear, enforceable IP rights that investors can rely on. Competition between regions is shifting from how much they invent to how well their inventions are put to use.',
      },
      {
        type: 'question',
        label: 'Q2',
        text: 'China has 24 clusters in this year’s top 100, yet Chinese clusters still trail the leading hubs in Europe and the United States on venture-capital deals. How can they turn the new metric into an opportunity rather than a handicap?',
      },
      {
        type: 'answer',
        speaker: 'Yin',
        text: 'Let me start with the good news. Shenzhen–Hong Kong–Guangzhou reached first place for the first time, after finishing second every year since 2020. Tokyo–Yokohama still holds a larger share of global PCT filings, 10.3% against 9.0%, but our cluster’s share of VC deals, 2.9%, is higher than Tokyo–Yokohama’s 2.2%. That shows the international value now placed on the Greater Bay Area’s ability to turn technology into companies and products.',
      },
      {
        type: 'paragraph',
        text: 'The wider picture is more mixed. China’s count in the top 100 slipped from 26 to 24, though it remains ahead of the United States with 22 and Germany with 7. Even the Shenzhen cluster ranks only sixth on VC deals, behind leaders such as San Jose–San Francisco, which alone accounts for 6.9% of the world total. The gap lies less in research output, where Chinese clusters are strong, than in how capital finds and finances new technology.',
      },
      {
        type: 'paragraph',
        text: 'I see three priorities. First, clusters should raise their international profile so that overseas investors can see both their research depth and their commercial pipeline. Second, companies should lead technology transfer, working with universities and institutes on problems drawn from real applications so that inventions reach the market faster. Third, the investment system needs more exit routes, including for unlisted companies, and more patient capital for early-stage and frontier projects, where government-guided funds can fill gaps and draw in private money.',
      },
      {
        type: 'paragraph',
        text: 'None of this works without strong IP protection. Investors value a start-up largely by what it owns and can defend. Well-drafted patents, registered trademarks and sound confidentiality practices reduce infringement risk and make returns more predictable, which in turn draws more capital into the innovation chain. That is exactly where a professional IP agency can add value.',
      },
      { type: 'heading', text: 'Key figures from the 2025 cluster ranking' },
      {
        type: 'list',
        items: [
          'Shenzhen–Hong Kong–Guangzhou ranks 1st, ahead of Tokyo–Yokohama (2nd) and San Jose–San Francisco (3rd).',
          'Beijing is 4th, Seoul 5th, Shanghai–Suzhou 6th, New York City 7th, London 8th, Boston–Cambridge 9th and Los Angeles 10th.',
          'The top 100 clusters are located in 33 economies: China has 24, the United States 22 and Germany 7.',
          'Three metrics are used: international patent applications filed under the PCT, scientific publications and venture-capital deals.',
        ],
      },
    ],
  },
  zh: {
    title: '世界知识产权组织发布2025年全球创新指数百强创新集群排名',
    summary:
      '今年的集群排名首次纳入风险投资交易指标，“深圳–香港–广州”集群首次登顶。本公司知识产权专家尹接受专访，解读新指标背后的逻辑以及中国集群的应对之道。',
    body: [
      {
        type: 'paragraph',
        text: '日前，世界知识产权组织（WIPO）发布《2025年全球创新指数》科技集群排名。与以往只看PCT国际专利申请和科学出版物不同，今年的排名首次把风险投资交易纳入评价体系。“深圳–香港–广州”集群自2020年起连续位居第二，今年首次超越“东京–横滨”，登上榜首。围绕这份榜单，我们专访了公司知识产权专家尹。',
      },
      {
        type: 'question',
        label: 'Q1',
        text: '今年WIPO在PCT专利申请和科学出版物之外，新增了风险投资交易这一指标。为什么要做这样的调整？它会给全球创新格局带来哪些影响？',
      },
      {
        type: 'answer',
        speaker: '尹',
        text: '这次调整的核心，是评价创新的标尺正在从“实验室”转向“市场”。专利申请量和论文发表量能够反映一个地区的科研活力，却很难说明这些成果最终有没有变成用户愿意买单的产品。风险投资恰好处在技术与产业的交汇点上——投资人只有相信一项技术能做成生意，才会真金白银地投入。把风投交易纳入统计，相当于给榜单添了一把衡量成果转化的尺子。',
      },
      {
        type: 'paragraph',
        text: '从今年的名次看，变化已经显现。风投活跃的集群普遍上升：圣何塞–旧金山由第6位升至第3位，伦敦从第21位跃升至第8位，杭州也由第14位前进到第13位。单看风投交易这一项，圣何塞–旧金山位居全球第一，纽约和伦敦分列第二、第三。',
      },
      {
        type: 'paragraph',
        text: '集中度同样值得关注。排名前十的集群合计约占全球PCT申请的40%、风投交易的35%，而在科学出版物中的占比仅略高于15%。换句话说，资本和专利比论文更集中地流向少数地区。放大到百强集群，PCT申请和风投交易的占比都在七成左右，论文则约为一半。',
      },
      {
        type: 'paragraph',
        text: '对各国政府和企业而言，这意味着单纯拼数量已经不够，关键是证明创新成果能够真正走向市场。技术转移的效率、资本市场支持新技术的意愿，以及投资人可以信赖、能够执行的知识产权，都会变得更加重要。各地之间的竞争，正从“创造了多少”转向“用好了多少”。',
      },
      {
        type: 'question',
        label: 'Q2',
        text: '今年中国共有24个集群跻身全球百强，但在风投交易方面，中国集群与欧美领先集群相比仍有差距。中国集群应如何把握风投指标带来的机遇与挑战？',
      },
      {
        type: 'answer',
        speaker: '尹',
        text: '先说好消息。“深圳–香港–广州”集群首次问鼎，结束了自2020年以来屈居第二的局面。从分项数据看，“东京–横滨”在全球PCT申请中的占比为10.3%，仍高于我们的9.0%；但在风投交易上，深港穗集群占全球的2.9%，高于东京–横滨的2.2%。这说明大湾区把技术转化为企业和产品的能力，正在获得国际认可。',
      },
      {
        type: 'paragraph',
        text: '不过也要看到不足。中国入围百强的集群数量由2024年的26个减少到24个，虽然仍多于美国的22个和德国的7个，但即便是深港穗集群，在风投交易单项中也只排第六，落后于圣何塞–旧金山等领先者——后者一家就占全球风投交易的6.9%。差距主要不在科研产出，而在于资本发现和培育新技术的能力。',
      },
      {
        type: 'paragraph',
        text: '我认为可以从三方面发力：一是提升国际影响力，让海外投资人更直观地看到中国集群的科研实力和产业化潜力；二是强化企业在技术转移中的主导地位，以真实应用场景牵引产学研合作，让新技术更快走出实验室；三是完善投资退出机制，拓宽非上市企业的退出渠道，引导更多耐心资本投向早期和前沿领域，发挥政府引导基金补位、撬动社会资本的作用。',
      },
      {
        type: 'paragraph',
        text: '最后，这一切都离不开严格的知识产权保护。投资人评估一家初创企业，很大程度上看的是它拥有并且守得住哪些技术和品牌。高质量的专利、及时注册的商标和完善的保密制度，能够降低侵权风险、稳定回报预期，进而吸引更多资本进入创新链条。这也正是专业知识产权代理机构能够发挥作用的地方。',
      },
      { type: 'heading', text: '2025年集群排名要点' },
      {
        type: 'list',
        items: [
          '“深圳–香港–广州”位列第1，“东京–横滨”第2，“圣何塞–旧金山”第3。',
          '北京第4，首尔第5，上海–苏州第6，纽约第7，伦敦第8，波士顿–剑桥第9，洛杉矶第10。',
          '百强集群分布于33个经济体，其中中国24个、美国22个、德国7个。',
          '评价指标共三项：PCT国际专利申请、科学出版物和风险投资交易。',
        ],
      },
    ],
  },
  source: {
    en: 'Data source: WIPO',
    zh: '数据来源：世界知识产权组织（WIPO）',
    url: 'https://www.wipo.int/global_innovation_index/en/',
  },
  related: [],
  cover: { hue: 212, motif: 'bars' },
}
