/** Page chrome: header, navigation, footer, home and whole-book pages. */
import type { AreaWords } from '../catalogue';

export const chrome: AreaWords<'chrome'> = {
  'site.name': '손으로 풀어 보는 역전파',
  'site.kicker': '인터랙티브 교과서',
  'site.tagline': '역전파를 직접 계산하며 배우는 인터랙티브 교과서',
  'site.skipToContent': '본문으로 건너뛰기',
  'site.footer':
    '손으로 풀어 보는 역전파 — 역전파를 직접 계산하며 배우는 인터랙티브 교과서. 이 책에 나오는 숫자는 모두 함께 실린 코드가 직접 계산한 값이다.',
  'site.licence': '코드는 MIT 라이선스, 글과 그림은 CC BY 4.0 라이선스를 따른다.',
  'site.pageTitle': ({ title }) => `${title} · 손으로 풀어 보는 역전파`,

  'theme.dark': '어두운 테마',
  'search.label': '책 검색',
  'search.placeholder': '책 검색',
  'search.unavailable': '검색은 빌드한 책(npm start)에서만 쓸 수 있다.',
  'search.none': ({ query }) => `“${query}” 검색 결과 없음`,
  'search.count': ({ count, query }) => `“${query}” 검색 결과 ${count}개`,
  'search.countOne': ({ query }) => `“${query}” 검색 결과 1개`,

  'nav.chapters': '장',
  'nav.onThisPage': '이 페이지의 내용',
  'nav.prevNext': '이전 장과 다음 장',
  'nav.previous': '이전',
  'nav.next': '다음',
  // Issue 17: the language switch's words for screen readers, after the language's own name.
  'nav.otherEdition': ' (이 페이지의 영어판)',

  'code.copy': '복사',
  'code.copyLabel': '코드 복사',
  'code.copied': '복사됨',
  'code.copyFailedShort': '실패',
  'code.copyFailed': '복사하지 못했다. 코드를 직접 선택해서 복사하자.',

  'chapter.number': ({ n }) => `${n}장`,
  'chapter.goals': '이 장을 마치면 다음을 할 수 있다',

  // Home: “[한 페이지에 담은 책 전체]: 인쇄하거나 … 있다. 또는 [책 전체를 … 된다].”
  // Book cover: “이 페이지에는 … 쓰면 된다. 또는 [책 전체를 … 된다].”
  'pdf.download': '책 전체를 PDF 파일로 내려받아도 된다',
  'pdf.or': '. 또는 ',

  'home.title': '손으로 풀어 보는 역전파 — 역전파를 직접 계산하며 배우는 인터랙티브 교과서',
  'home.description':
    '신경망이 기울기를 어떻게 계산하는지 배운다. 계산 그래프와 연쇄 법칙, 실제 계층 코드를 다루고, 입력을 바꾸면 순전파와 역전파 값을 바로 다시 계산하는 셀로 직접 확인한다.',
  'home.lede':
    '신경망은 수많은 가중치 하나하나를 어느 쪽으로 바꿔야 하는지 어떻게 알아낼까? 먼저 작은 그래프에서 손으로 직접 계산해 보고, 이어서 실제로 실행하고 이리저리 바꿔 볼 수 있는 코드로 확인한다.',
  'home.chapters': '장',
  'home.wholeBook': '한 페이지에 담은 책 전체',
  'home.wholeBookAfter': ': 인쇄하거나 PDF로 저장할 수 있다',

  'notFound.title': '페이지를 찾을 수 없음 · 손으로 풀어 보는 역전파',
  'notFound.description': '손으로 풀어 보는 역전파에 없는 페이지다.',
  'notFound.kicker': '찾을 수 없음',
  'notFound.heading': '여기에는 페이지가 없다',
  'notFound.lede':
    '주소를 잘못 입력했거나 페이지가 옮겨졌을 수 있다. 위에서 책을 검색하거나 아래에서 장을 골라 보자.',

  'book.title': '손으로 풀어 보는 역전파 — 책 전체',
  'book.description':
    '손으로 풀어 보는 역전파의 모든 장을 한 페이지에 모았다. 인쇄하거나 PDF로 저장할 수 있다.',
  'book.subtitle':
    '신경망은 손실의 기울기를 어떻게 구할까? 계산 그래프와 연쇄 법칙에서 시작해 실제 코드로 구현한 계층까지 다룬다. 모든 숫자는 함께 실린 코드가 직접 계산했다.',
  'book.coverNote': '인쇄용으로 책 전체를 이 페이지에 담았다. 브라우저의 인쇄 기능을 쓰면 된다',
  'book.contents': '차례',
  'book.credits': '출처와 감사의 말',

  // Small screens (issue 12): the names of boxes that scroll sideways.
  // `n` numbers the boxes of one kind on the page, so each region's name is unique.
  'scroll.equation': ({ n }) => `수식 ${n} (옆으로 스크롤)`,
  'scroll.code': ({ n }) => `코드 ${n} (옆으로 스크롤)`,
  'scroll.table': ({ n }) => `표 ${n} (옆으로 스크롤)`,
};
