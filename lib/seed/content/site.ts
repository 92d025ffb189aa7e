/** The firm's contact facts, as published on its current site. */
export const siteSeed = {
  companyName: { en: 'Shenzhen Shenkexin Patent Agency Co., Ltd.', zh: '深圳市深可信专利代理有限公司' },
  telephones: ['+86-755-82566227', '+86-755-82566717', '+86-137-5108-9600'],
  offices: [
    {
      label: { en: 'Head Office', zh: '总部' },
      address: {
        en: '13/F, Building 14, Longhua Science and Technology Innovation Center (Mission Hills), No. 8 Golf Avenue, Guanlan Street, Longhua District, Shenzhen',
        zh: '深圳市龙华区观澜街道高尔夫大道8号龙华科技创新中心（观澜湖）14栋13楼',
      },
    },
    {
      label: { en: 'Subsidiary Company', zh: '子公司' },
      address: {
        en: '2808, Block B2, Yuexiu Xinghui Junbo, No. 18 Tazihu East Road, Jiang’an District, Wuhan City, Hubei Province',
        zh: '湖北省武汉市江岸区塔子湖东路18号越秀星汇君泊B2栋2808',
      },
    },
  ],
  wechatService: { caption: { en: 'Service Number', zh: '服务号' } },
  wechatSubscription: { caption: { en: 'Subscription Number', zh: '订阅号' } },
  copyright: {
    en: 'Copyright ©2016 Shenzhen Shenkexin Patent Agency Co., Ltd. All rights reserved',
    zh: 'Copyright ©2016 深圳市深可信专利代理有限公司 版权所有',
  },
  icp: { number: '粤ICP备2021174526号', url: 'https://beian.miit.gov.cn/' },
  seoTagsLink: { label: { en: 'SEO tags', zh: 'SEO标签' }, href: '/tags' },
  navigation: [
    { label: { en: 'Home', zh: '首页' }, href: '/' },
    { label: { en: 'News Center', zh: '新闻中心' }, href: '/news' },
    { label: { en: 'Services', zh: '业务领域' }, href: '/services' },
    { label: { en: 'About', zh: '关于我们' }, href: '/about' },
  ],
} as const
