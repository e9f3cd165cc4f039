/** The cell kit: inputs, their errors, the cell's buttons, notes and announcements. */
import type { AreaWords } from '../catalogue';

/** The largest number a computer can hold, as every overflow message says it. */
const LARGEST = '컴퓨터가 나타낼 수 있는 가장 큰 수(약 1.8e308)';
const BOOK_VALUES = '책의 원래 값을 보여 준다.';

export const kit: AreaWords<'kit'> = {
  'kit.hint':
    '입력하는 대로 결과가 바로 바뀐다. 숫자 칸에서는 ↑, ↓ 키로 한 단계씩 바꿀 수 있다(Shift와 함께 누르면 열 단계씩).',
  'kit.staleNote': '마지막으로 유효했던 결과를 보여 주고 있다. 표시된 입력을 고치면 다시 계산한다.',
  'kit.legendForward': '→ 순전파 값, 각 엣지 위 (실선)',
  'kit.legendBackward': '← 기울기, 각 엣지 아래 (점선)',
  'kit.stepBackward': '한 단계 역전파',
  'kit.showFullBackward': '역전파 전체 보기',
  'kit.showTable': '표로 보기',
  // Small screens (issue 12): where the graph would be too small to read, the table shows first.
  'kit.showGraph': '그래프 보기 (옆으로 스크롤)',
  // The two halves of every cell's results.
  'kit.forward': '순전파',
  'kit.backward': '역전파',
  'kit.reset': '처음 값으로',
  'kit.link': '이 상태 링크',
  /** `path` is inserted as markup (a <code> element). */
  'kit.code': ({ path }) => `코드: ${path}`,
  'kit.graphRegion': ({ title }) => `${title}: 계산 그래프 (좁은 화면에서는 옆으로 스크롤)`,
  'kit.graphTitle': ({ title }) => `${title}: 계산 그래프`,
  'kit.graphTableCaption': ({ title }) => `${title}: 그래프의 모든 엣지`,

  'kit.addRow': '행 추가',
  'kit.removeRow': '행 삭제',
  'kit.addColumn': '열 추가',
  'kit.removeColumn': '열 삭제',
  'kit.pasteTip':
    '팁: 칸에 숫자를 붙여 넣을 수 있다. 한 줄(값 사이는 공백, 탭, 쉼표)을 붙여 넣으면 그 칸부터 오른쪽으로 그 행을 채우고, 여러 줄(한 줄에 한 행)을 붙여 넣으면 행렬 전체를 바꾼다. 1,5처럼 쉼표 하나로 붙은 두 숫자는 소수점을 쉼표로 쓴 숫자 하나로 읽으므로, 1.5나 1, 5로 쓰자.',
  'kit.matrixEntry': ({ label, row, col }) => `${label}, ${row}행 ${col}열`,
  'kit.exact': ({ value }) => `정확한 값: ${value}`,
  // The one control per cell that shows every result's exact digits (issue 12, “Keyboard”).
  'kit.exactDigits': '정확한 자릿수',
  'kit.exactShown': '이 셀의 결과에 나오는 모든 숫자를 정확한 자릿수로 보여 준다.',
  'kit.exactHidden': '이 셀의 결과를 반올림한 숫자로 보여 준다.',

  'kit.number.empty': '숫자를 입력해야 한다.',
  'kit.number.notFinite': ({ text }) => `유한한 숫자가 아니다(“${text}”). 1.5 같은 값을 입력하자.`,
  'kit.number.notDecimal': '숫자는 10진수로 써야 한다(16진수, 8진수, 2진수는 읽지 않는다).',
  'kit.number.comma': '소수점은 쉼표가 아니라 점으로 쓴다: 1,5가 아니라 1.5.',
  'kit.number.grouped': ({ text }) =>
    `숫자는 쉼표 없이 쓴다: ${text} 대신 ${text.replace(/,/g, '')}(소수점은 쉼표가 아니라 점: 1.5).`,
  'kit.number.invalid': ({ text }) =>
    `숫자로 읽을 수 없는 값이다(“${text}”). -1.5나 2e-3처럼 숫자로 쓰자.`,
  'kit.number.tooLarge': '계산할 수 없을 만큼 큰 숫자다(1.8e308보다 크다).',
  'kit.entryError': ({ row, col, message }) => `${row}행 ${col}열: ${message}`,
  'kit.chooseOption': '선택지 가운데 하나를 고르자.',
  // Matrix paste and size limits (issue 12, “Matrices”): every message names the real shapes.
  'kit.paste.ragged': ({ row, n, first }) =>
    `붙여 넣은 텍스트의 ${row}행에는 값이 ${n}개 있는데 1행에는 ${first}개 있다. 아무것도 붙여 넣지 않았다.`,
  'kit.paste.rowTooLong': (p) =>
    `${p.label}(${p.shape}): ${p.col}열부터 붙여 넣은 값 ${p.k}개를 담으려면 열이 ${p.cols}개 필요한데, 열은 최대 ${p.max}개까지다. 아무것도 붙여 넣지 않았다.`,
  'kit.paste.shape': (p) =>
    `붙여 넣은 블록의 형상은 ${p.pasted}인데, ${p.label}에는 ${p.rmin}–${p.rmax}행, ${p.cmin}–${p.cmax}열만 들어간다. 형상은 ${p.shape} 그대로 둔다.`,
  'kit.limit.maxRows': ({ label, shape, n }) => `${label}(${shape}): 행은 최대 ${n}개까지다.`,
  'kit.limit.minRows': ({ label, shape, n }) =>
    `${label}(${shape}): 행이 최소 ${n}개는 있어야 한다.`,
  'kit.limit.maxCols': ({ label, shape, n }) => `${label}(${shape}): 열은 최대 ${n}개까지다.`,
  'kit.limit.minCols': ({ label, shape, n }) =>
    `${label}(${shape}): 열이 최소 ${n}개는 있어야 한다.`,

  'kit.hash.badText': `링크에 저장된 이 셀의 입력값이 올바른 URL 텍스트가 아니어서 무시했다. ${BOOK_VALUES}`,
  'kit.hash.unknownInput': `링크에 저장된 이 셀의 입력값에 이 셀에 없는 입력 이름이 들어 있어서 무시했다. ${BOOK_VALUES}`,
  'kit.hash.twice': ({ name }) =>
    `링크에 저장된 이 셀의 입력값이 “${name}” 값을 두 번 정해서 무시했다. ${BOOK_VALUES}`,
  'kit.hash.badValue': ({ name }) =>
    `링크에 저장된 이 셀의 입력값 가운데 “${name}” 값이 올바르지 않아서 무시했다. ${BOOK_VALUES}`,

  // Links and the URL (issue 12): links hold only changes, stay under a length the web keeps,
  // and say when they can't restore or can't be made.
  'kit.hash.tooLong': ({ length, max }) =>
    `링크 길이가 ${length}자로, 이 책이 읽는 최대 길이 ${max}자를 넘어서 링크에 저장된 입력값을 무시했다. ${BOOK_VALUES}`,
  'kit.hash.misfit': ({ problem }) =>
    `링크의 값이 이 셀에 맞지 않아서, 마지막으로 유효했던 결과 옆에 표시를 붙여 보여 준다. ${problem}`,
  'kit.linkedLastGood': ({ problem }) =>
    `이제 주소 표시줄의 링크는 지금 입력 칸에 보이는 값이 아니라, 마지막으로 계산에 성공한 값을 가리킨다. ${problem}`,
  'kit.linkedLastGoodCopied': ({ problem }) =>
    `이제 주소 표시줄의 링크는 지금 입력 칸에 보이는 값이 아니라, 마지막으로 계산에 성공한 값을 가리킨다. 이 링크를 복사했다. ${problem}`,
  'kit.linkTooLong': ({ length, max }) =>
    `링크를 만들지 않았다. 길이가 ${length}자가 되는데, 이 책은 어디서나 열리도록 링크를 ${max}자 이하로 유지한다. 아무것도 복사하지 않았다. 바꾼 값을 줄이거나 더 작게 하면(또는 다른 셀에서 “처음 값으로”를 누르면) 링크가 짧아진다.`,

  // The finite guard (issue 12, extremes): inputs that are valid but make a result overflow.
  'kit.overflow': ({ label, value }) =>
    `${label} 값 ${value}에서 결과가 오버플로한다. ${LARGEST}를 넘어선다. 0에 더 가까운 수를 쓰자.`,
  'kit.overflowEntry': (p) =>
    `${p.label}의 ${p.row}행 ${p.col}열 값 ${p.value}에서 결과가 오버플로한다. ${LARGEST}를 넘어선다. 0에 더 가까운 수를 쓰자.`,
  'kit.overflowed': '오버플로',
  'kit.noValue': '값 없음',
  'kit.overflowGeneral': `이 입력값으로는 결과가 오버플로한다. ${LARGEST}를 넘어선다.`,

  'kit.fieldError': ({ label, message }) => `${label}: ${message}`,
  'kit.staleAnnounce': ({ message }) => `${message} 마지막으로 유효했던 결과를 보여 준다.`,
  'kit.computeFailed': '이 입력값으로는 이 셀이 결과를 계산하지 못했다.',
  'kit.resetDone': '입력값을 책의 원래 값으로 되돌렸다.',
  'kit.linked': '이제 주소 표시줄의 링크가 이 상태를 가리킨다.',
  'kit.linkedCopied': '이제 주소 표시줄의 링크가 이 상태를 가리킨다. 이 링크를 복사했다.',
  'kit.fullPassShown': '역전파 전체를 보여 준다.',
  'kit.stepPanel': (p) =>
    `${p.n}단계 중 ${p.k}단계: ${p.node}. 국소적 미분: ${p.local}. 입력 쪽으로 보내는 값: ${p.product}.`,
};
