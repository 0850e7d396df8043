<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AnshimAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/base.py" line="75"/>
        <source>Cancelled by the user: no output was written.</source>
        <translation>사용자가 취소했습니다. 출력은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="82"/>
        <source>{algorithm} stopped: {error} Nothing it wrote in this run is complete. The details are in the '{tab}' tab of the log messages.</source>
        <translation>{algorithm}이(가) 멈췄습니다: {error} 이번 실행에서 쓴 것은 완전하지 않습니다. 자세한 내용은 로그 메시지의 '{tab}' 탭에 있습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="152"/>
        <source>{output}: a Shapefile keeps only 10 characters of a field name, so {fields} will be cut (and 'crime_n_&lt;year&gt;' fields no longer found by 'Train model'). Write a GeoPackage to keep every name.</source>
        <translation>{output}: Shapefile은 필드 이름을 10자까지만 저장하므로 {fields}이(가) 잘립니다('모델 학습'이 'crime_n_&lt;연도&gt;' 필드를 더 이상 찾지 못합니다). 모든 이름을 지키려면 GeoPackage로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="188"/>
        <source>length_m recomputed in {crs}: metres on the ground.</source>
        <translation>length_m을 {crs}에서 실제 지표면 거리(m)로 다시 계산했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="191"/>
        <source>length_m was copied as it is, in the input's CRS: the layer has multipart lines. Run 'Segment streets' on it first.</source>
        <translation>레이어에 다중 부분 선이 있어 length_m을 입력 좌표계 값 그대로 복사했습니다. 먼저 '도로 구간 분할'을 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>AnshimChecks</name>
    <message>
        <location filename="../processing_algorithms/checks.py" line="50"/>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}부터 {high}까지의 정수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="50"/>
        <source>a number from {low} to {high}</source>
        <translation>{low}부터 {high}까지의 수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="53"/>
        <source>a whole number of at least {low}</source>
        <translation>{low} 이상의 정수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="53"/>
        <source>a number of at least {low}</source>
        <translation>{low} 이상의 수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="56"/>
        <source>a whole number of at most {high}</source>
        <translation>{high} 이하의 정수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="56"/>
        <source>a number of at most {high}</source>
        <translation>{high} 이하의 수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="59"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="59"/>
        <source>a finite number</source>
        <translation>유한한 수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="60"/>
        <source>{parameter} ({description}) is {value}: it must be {allowed}.</source>
        <translation>{parameter}({description})이(가) {value}입니다. {allowed}여야 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="93"/>
        <source>{parameter} ({description}): layer '{layer}' has no field {missing}. Its fields are: {fields}. Give each field as its own value (FIELDS=a FIELDS=b with qgis_process).</source>
        <translation>{parameter}({description}): 레이어 '{layer}'에 필드 {missing}이(가) 없습니다. 이 레이어의 필드: {fields}. 필드마다 값을 따로 주십시오(qgis_process에서는 FIELDS=a FIELDS=b).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="112"/>
        <source>{parameter} ({description}): field {text} of layer '{layer}' holds text ({kind}), but this parameter needs numbers. Choose numeric fields; the layer's numeric fields are: {numeric}.</source>
        <translation>{parameter}({description}): 레이어 '{layer}'의 필드 {text}에는 숫자가 아닌 문자({kind})가 들어 있지만, 이 매개변수에는 숫자가 필요합니다. 숫자 필드를 고르십시오. 이 레이어의 숫자 필드: {numeric}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="130"/>
        <source>{parameter} ({description})</source>
        <translation>{parameter}({description})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="133"/>
        <source>{label}: '{text}' is not a valid expression: {error}</source>
        <translation>{label}: '{text}'은(는) 올바른 식이 아닙니다: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="143"/>
        <source>{label}: '{text}' names field {missing}, which layer '{layer}' does not have. Its fields are: {fields}.</source>
        <translation>{label}: '{text}'이(가) 가리키는 필드 {missing}이(가) 레이어 '{layer}'에 없습니다. 이 레이어의 필드: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="154"/>
        <source>{parameter}: cannot write '{path}': {problem} Choose another place; nothing was computed.</source>
        <translation>{parameter}: '{path}'을(를) 쓸 수 없습니다. {problem} 다른 위치를 고르십시오. 아무것도 계산하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="164"/>
        <source>it is a folder; give a file name.</source>
        <translation>폴더입니다. 파일 이름을 주십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="166"/>
        <source>the folder '{folder}' does not exist or is not writable.</source>
        <translation>폴더 '{folder}'이(가) 없거나 쓰기 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="168"/>
        <source>the file exists and is read-only.</source>
        <translation>파일이 이미 있고 읽기 전용입니다.</translation>
    </message>
</context>
<context>
    <name>AnshimComparison</name>
    <message>
        <location filename="../plugin/comparison.py" line="38"/>
        <source>Km in grades 4–5</source>
        <translation>4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="38"/>
        <source>Segments improved</source>
        <translation>등급이 개선된 구간 수</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="39"/>
        <source>Expected incidents (proxy)</source>
        <translation>예상 사건 수(지표)</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="40"/>
        <source>Expected incidents reduced (%)</source>
        <translation>예상 사건 감소율(%)</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="41"/>
        <source>Total cost (million KRW)</source>
        <translation>총비용(100만 원)</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="42"/>
        <source>Incidents reduced per million KRW</source>
        <translation>100만 원당 사건 감소량</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="89"/>
        <source>Base</source>
        <translation>기준안</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="97"/>
        <source>indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="97"/>
        <source>{name} vs Base</source>
        <translation>{name}(기준안 대비)</translation>
    </message>
    <message>
        <location filename="../plugin/comparison.py" line="98"/>
        <source>best</source>
        <translation>최적안</translation>
    </message>
</context>
<context>
    <name>AnshimGradedSegments</name>
    <message>
        <location filename="../qgis_io/graded.py" line="39"/>
        <source>{layer} layer '{name}' has no field {fields}: give the output of 'Grade streets'.</source>
        <translation>{layer} 레이어 '{name}'에 {fields} 필드가 없습니다. '도로 구간 안전등급 산정'의 출력을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/graded.py" line="47"/>
        <source>{layer} layer '{name}' has no line geometries.</source>
        <translation>{layer} 레이어 '{name}'에 선 도형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/graded.py" line="50"/>
        <source>{layer} layer '{name}' has multipart features: run 'Segment streets' on the streets and grade its output.</source>
        <translation>{layer} 레이어 '{name}'에 다중 부분 객체가 있습니다. 도로에 '도로 구간 분할'을 실행하고 그 출력의 등급을 산정하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/graded.py" line="57"/>
        <source>{layer} layer '{name}': {count} segments have no risk or grade. Grade every segment with 'Grade streets' first.</source>
        <translation>{layer} 레이어 '{name}': 구간 {count}개에 위험도나 등급이 없습니다. 먼저 '도로 구간 안전등급 산정'으로 모든 구간의 등급을 산정하십시오.</translation>
    </message>
</context>
<context>
    <name>AnshimMapTools</name>
    <message>
        <location filename="../plugin/map_tools.py" line="141"/>
        <source>A route needs at least two vertices: click along the streets, then right-click or press Enter.</source>
        <translation>경로에는 꼭짓점이 두 개 이상 필요합니다. 도로를 따라 클릭한 다음 마우스 오른쪽 버튼을 누르거나 Enter 키를 누르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/map_tools.py" line="270"/>
        <source>No proposal of this scenario here: click on a proposed site or route.</source>
        <translation>여기에는 이 시나리오의 제안이 없습니다. 제안 시설 지점이나 경로를 클릭하십시오.</translation>
    </message>
</context>
<context>
    <name>AnshimPlanner</name>
    <message>
        <location filename="../plugin/planner/editing.py" line="33"/>
        <source>Add {kind}</source>
        <translation>{kind} 추가</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="40"/>
        <source>Route {number}</source>
        <translation>경로 {number}</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="42"/>
        <source>Add route</source>
        <translation>경로 추가</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="50"/>
        <source>Remove proposal</source>
        <translation>제안 삭제</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="61"/>
        <source>Move proposal</source>
        <translation>제안 이동</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="105"/>
        <source>No street within {distance:.0f} m of that point on layer '{name}': nothing was added. Click on or next to a street.</source>
        <translation>레이어 '{name}'에서 그 지점의 {distance:.0f} m 안에 도로가 없어 아무것도 추가하지 않았습니다. 도로 위나 바로 옆을 클릭하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/editing.py" line="112"/>
        <source>The Base scenario is locked: make a new scenario to propose facilities.</source>
        <translation>기준안(현재 상태)은 잠겨 있습니다. 시설을 제안하려면 새 시나리오를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="46"/>
        <source>Choose the date the facilities were installed.</source>
        <translation>시설을 설치한 날짜를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="51"/>
        <source>'{value}' is not a date: give the installation date as YYYY-MM-DD.</source>
        <translation>'{value}'은(는) 날짜가 아닙니다. 설치 날짜를 YYYY-MM-DD 형식으로 적으십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="85"/>
        <source>Layer '{name}' is not in a GeoPackage: choose a GeoPackage to record the installed facilities in.</source>
        <translation>레이어 '{name}'이(가) GeoPackage에 있지 않습니다. 설치 시설을 기록할 GeoPackage를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="90"/>
        <source>Scenario '{name}' is already marked as installed on {dates} ({sites} site(s), {routes} route(s) in {path}). Nothing was written: replace that marking, or mark another scenario.</source>
        <translation>시나리오 '{name}'은(는) 이미 {dates_ko}에 설치 완료로 기록되어 있습니다({path}에 시설 {sites}곳, 경로 {routes}개). 아무것도 기록하지 않았습니다. 이전 기록을 바꾸거나 다른 시나리오를 기록하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="109"/>
        <source>The installation date {date} is after today: mark facilities as installed once they are in.</source>
        <translation>설치 날짜 {date_ko}은(는) 오늘 이후입니다. 시설은 실제로 설치한 뒤에 설치 완료로 기록하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="115"/>
        <source>The Base scenario holds no proposals: choose the scenario whose facilities were installed.</source>
        <translation>기준안(현재 상태)에는 제안이 없습니다. 시설을 설치한 시나리오를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="118"/>
        <source>Scenario '{name}' has no proposals to mark as installed: add the sites and routes that were installed first.</source>
        <translation>시나리오 '{name}'에는 설치 완료로 기록할 제안이 없습니다. 먼저 설치한 시설과 경로를 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="127"/>
        <source>Installed sites</source>
        <translation>설치된 시설</translation>
    </message>
    <message>
        <location filename="../plugin/planner/installation.py" line="127"/>
        <source>Installed safe-return routes</source>
        <translation>설치된 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../plugin/planner/numbers.py" line="40"/>
        <source>Unknown cost kind: {kinds}.</source>
        <translation>알 수 없는 비용 종류: {kinds}.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/numbers.py" line="80"/>
        <source>Safe-return route</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../plugin/planner/numbers.py" line="82"/>
        <source>{kind} proposals change no grade or number with this model: it found no effect of this factor in its training data (too few such segments or crimes near them to tell it from chance). A model trained on a larger network or more years of crimes may find one.</source>
        <translation>이 모델에서는 {kind} 제안이 등급과 수치를 바꾸지 않습니다. 학습 자료에서 이 요인의 효과를 찾지 못했기 때문입니다(해당 구간이나 그 주변 범죄가 너무 적어 우연과 구별할 수 없음). 더 넓은 도로망이나 더 여러 해의 범죄 자료로 학습한 모델은 효과를 찾을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/numbers.py" line="86"/>
        <source>{kind} proposals change no grade or number with this model: it was trained without this factor (its layer was not given to 'Compute safety factors').</source>
        <translation>이 모델에서는 {kind} 제안이 등급과 수치를 바꾸지 않습니다. 이 요인 없이 학습되었기 때문입니다('안전 요인 계산'에 해당 레이어가 주어지지 않음).</translation>
    </message>
    <message>
        <location filename="../plugin/planner/numbers.py" line="98"/>
        <source>The unit cost of {kind} must be a number of won of at least 0, not {value}.</source>
        <translation>{kind}의 단가는 0원 이상의 수여야 합니다. {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/persistence.py" line="30"/>
        <source>Layer '{name}' is not in a GeoPackage: choose a GeoPackage to save the proposals in.</source>
        <translation>레이어 '{name}'이(가) GeoPackage에 있지 않습니다. 제안을 저장할 GeoPackage를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/persistence.py" line="50"/>
        <source>There is no GeoPackage '{path}' to load proposals from.</source>
        <translation>제안을 불러올 GeoPackage '{path}'이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/persistence.py" line="75"/>
        <source>The Base scenario has no proposals: choose a scenario to save as a layer.</source>
        <translation>기준안(현재 상태)에는 제안이 없습니다. 레이어로 저장할 시나리오를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/persistence.py" line="89"/>
        <source>There is no scenario to brief yet: make a scenario with proposals first.</source>
        <translation>아직 보고할 시나리오가 없습니다. 먼저 제안이 있는 시나리오를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="62"/>
        <source>The proposals could not be saved to {path}: {error}</source>
        <translation>제안을 {path}에 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="73"/>
        <source>The project's planner layer is missing: open the planner on a graded layer.</source>
        <translation>프로젝트의 계획 도구 레이어가 없습니다. 안전등급 레이어에서 계획 도구를 여십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="79"/>
        <source>The saved proposals could not be read: {error}</source>
        <translation>저장된 제안을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="117"/>
        <source> The proposals were saved to {path}.</source>
        <translation> 제안은 {path}에 저장해 두었습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="120"/>
        <source>The graded layer '{name}' was removed: the planner closed.</source>
        <translation>안전등급 레이어 '{name}'이(가) 제거되어 계획 도구를 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/project.py" line="123"/>
        <source>A planner layer was removed: the planner closed. Open it again to continue.</source>
        <translation>계획 도구 레이어가 제거되어 계획 도구를 닫았습니다. 계속하려면 다시 여십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="65"/>
        <source>There is no scenario '{name}'; the scenarios are {names}.</source>
        <translation>시나리오 '{name}'이(가) 없습니다. 있는 시나리오: {names}.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="79"/>
        <source>Scenario '{name}' has no proposal {pid}.</source>
        <translation>시나리오 '{name}'에 제안 {pid}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="90"/>
        <source>The Base scenario is locked and keeps its name.</source>
        <translation>기준안(현재 상태 시나리오)은 잠겨 있어 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="101"/>
        <source>The Base scenario is locked and cannot be deleted.</source>
        <translation>기준안(현재 상태 시나리오)은 잠겨 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="132"/>
        <source>A scenario needs a name.</source>
        <translation>시나리오에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/scenarios.py" line="134"/>
        <source>There is already a scenario '{name}': choose another name.</source>
        <translation>시나리오 '{name}'이(가) 이미 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/session.py" line="37"/>
        <source>The planner is not open: choose a graded layer and open it first.</source>
        <translation>계획 도구가 열려 있지 않습니다. 먼저 안전등급 레이어를 고른 뒤 계획 도구를 여십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/session.py" line="66"/>
        <source>The graded layer was removed while the planner was opening.</source>
        <translation>계획 도구를 여는 동안 안전등급 레이어가 제거되었습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/session.py" line="71"/>
        <source>Grade changes (planner)</source>
        <translation>등급 변화(계획 도구)</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="33"/>
        <source>Sites are already being suggested: wait for that run or cancel it.</source>
        <translation>이미 입지를 추천하는 중입니다. 그 작업이 끝날 때까지 기다리거나 취소하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="54"/>
        <source>No site fits a budget of {budget:,.0f} KRW: no scenario was added. Raise the budget or lower the unit costs.</source>
        <translation>예산 {budget_ko} 안에서 설치할 수 있는 입지가 없어 시나리오를 추가하지 않았습니다. 예산을 늘리거나 단가를 낮추십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="61"/>
        <source>Scenario '{name}': {count} sites for {cost:,.1f} of {budget:,.1f} million KRW, chosen from {candidates:,} candidates; expected incidents {before:.1f} → {after:.1f}.</source>
        <translation>시나리오 '{name}': 후보 {candidates:,}곳 중 {count}곳을 골랐습니다(예산 {budget_ko} 중 {cost_ko} 사용). 예상 사건 수 {before:,.1f} → {after:,.1f}.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="74"/>
        <source>Suggested {budget}</source>
        <translation>{budget} 추천안</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="75"/>
        <source>{amount:,.0f}M KRW</source>
        <translation>{amount_ko} 원</translation>
    </message>
    <message>
        <location filename="../plugin/planner/suggestions.py" line="78"/>
        <source>suggested: rank {rank} of {count}, on top of '{scenario}'</source>
        <translation>추천: '{scenario}'에 더한 {count}곳 중 {rank}순위</translation>
    </message>
    <message>
        <source>{count} sites suggested for {cost:,.1f} million KRW of the {budget:,.1f} million budget, from {candidates:,} candidates: expected incidents {before:.1f} → {after:.1f}, km in grades 4–5 {km_before:.2f} → {km_after:.2f}. Scenario '{name}' holds them: move, remove or add to them.</source>
        <translation type="obsolete">후보 {candidates:,}곳 중 {count}곳을 추천했습니다(예산 {budget:,.1f}백만 원 중 {cost:,.1f}백만 원). 예상 사건 수 {before:.1f} → {after:.1f}, 4–5등급 도로 {km_before:.2f} → {km_after:.2f} km. 시나리오 '{name}'에 담았으니 옮기거나 지우거나 더하세요.</translation>
    </message>
    <message>
        <source>Suggested for {budget}</source>
        <translation type="obsolete">{budget} 추천안</translation>
    </message>
    <message>
        <source>{amount:,.0f} million KRW</source>
        <translation type="obsolete">{amount_ko}</translation>
    </message>
</context>
<context>
    <name>AnshimPlannerDock</name>
    <message>
        <location filename="../plugin/dock/common.py" line="21"/>
        <source>CCTV site</source>
        <translation>방범용 CCTV</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="21"/>
        <source>Security light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="21"/>
        <source>Emergency bell</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="22"/>
        <location filename="../plugin/dock/tools_row.py" line="28"/>
        <source>Guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="22"/>
        <source>Safe-return route, per km</source>
        <translation>안심귀갓길(km당)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="51"/>
        <source>Anshim planner</source>
        <translation>안심 계획 도구</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="72"/>
        <location filename="../plugin/dock/scenarios_box.py" line="54"/>
        <source>Scenario {number}</source>
        <translation>시나리오 {number}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/common.py" line="74"/>
        <source>Base is locked: your proposals go to the new scenario '{name}'.</source>
        <translation>기준안은 잠겨 있으므로 제안은 새 시나리오 '{name}'에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/comparison_box.py" line="19"/>
        <source>Comparison (change against Base; best alternative shaded)</source>
        <translation>비교(기준안 대비 변화, 가장 좋은 대안은 음영 표시)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/comparison_box.py" line="24"/>
        <source>Export comparison as CSV…</source>
        <translation>비교표를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../plugin/dock/comparison_box.py" line="46"/>
        <source>Best of the alternatives</source>
        <translation>대안 중 가장 좋은 값</translation>
    </message>
    <message>
        <location filename="../plugin/dock/comparison_box.py" line="52"/>
        <source>Export comparison</source>
        <translation>비교표 내보내기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/comparison_box.py" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/costs_box.py" line="17"/>
        <source>Unit costs (KRW, planning figures)</source>
        <translation>단가(원, 계획용 값)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/dock.py" line="37"/>
        <source>Anshim scenario planner</source>
        <translation>안심 시나리오 계획 도구</translation>
    </message>
    <message>
        <location filename="../plugin/dock/dock.py" line="111"/>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — {count:,} segments; model {model}</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — 구간 {count:,}개, 모델 {model}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="39"/>
        <source>Mark scenario as installed</source>
        <translation>시나리오를 설치 완료로 기록</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="43"/>
        <source>The {sites} site(s) and {routes} route(s) of scenario &lt;b&gt;{name}&lt;/b&gt; will be added to the installed facilities (tables anshim_installed_sites and anshim_installed_routes of &lt;i&gt;{file}&lt;/i&gt;), which 'Evaluate installed facilities' compares with the crimes before and after.</source>
        <translation>시나리오 &lt;b&gt;{name}&lt;/b&gt;의 시설 {sites}곳과 경로 {routes}개를 설치 시설(&lt;i&gt;{file}&lt;/i&gt;의 anshim_installed_sites, anshim_installed_routes 테이블)에 추가합니다. '설치 시설 효과 평가'는 이 시설을 설치 전후의 범죄와 비교합니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="58"/>
        <source>Installed on:</source>
        <translation>설치 날짜:</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="60"/>
        <source>Replace the earlier marking</source>
        <translation>이전 기록 바꾸기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="63"/>
        <source>&lt;b&gt;Already marked as installed&lt;/b&gt; on {dates} ({sites} site(s), {routes} route(s)). Marking again replaces those rows; it never adds the same facilities twice.</source>
        <translation>{dates_ko}에 &lt;b&gt;이미 설치 완료로 기록되어 있습니다&lt;/b&gt;(시설 {sites}곳, 경로 {routes}개). 다시 기록하면 그 행을 바꾸며, 같은 시설을 두 번 추가하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="70"/>
        <source>Mark as installed</source>
        <translation>설치 완료로 기록</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="91"/>
        <source>Mark as installed…</source>
        <translation>설치 완료로 기록…</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="92"/>
        <source>Record this scenario's sites and routes as installed on a date, for 'Evaluate installed facilities'</source>
        <translation>이 시나리오의 시설과 경로를 설치 날짜와 함께 기록합니다('설치 시설 효과 평가'에 사용)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="116"/>
        <source>Marked as installed on {dates} ({sites} site(s), {routes} route(s)).</source>
        <translation>{dates_ko}에 설치 완료로 기록됨(시설 {sites}곳, 경로 {routes}개).</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="142"/>
        <source>Record installed facilities in a GeoPackage</source>
        <translation>설치 시설을 기록할 GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="143"/>
        <location filename="../plugin/dock/save_row.py" line="35"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/installed_row.py" line="153"/>
        <source>Scenario '{name}': {sites} site(s) and {routes} route(s) recorded as installed on {date} in {path}. Run 'Evaluate installed facilities' on them once a year of crimes after that date is in.</source>
        <translation>시나리오 '{name}': 시설 {sites}곳과 경로 {routes}개를 {date_ko} 설치로 {path}에 기록했습니다. 설치 후 1년 치 범죄 자료가 모이면 '설치 시설 효과 평가'를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/numbers_box.py" line="12"/>
        <source>This scenario</source>
        <translation>이 시나리오</translation>
    </message>
    <message>
        <location filename="../plugin/dock/numbers_box.py" line="21"/>
        <source>{label} {amount:,.1f}</source>
        <translation>{label} {amount_ko}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/numbers_box.py" line="23"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {count} proposals&lt;br&gt;Km in grades 4–5: {km_before:.2f} → &lt;b&gt;{km_after:.2f}&lt;/b&gt;&lt;br&gt;Segments improved: &lt;b&gt;{improved:,}&lt;/b&gt;&lt;br&gt;Expected incidents: {before:.1f} → &lt;b&gt;{after:.1f}&lt;/b&gt; (−{reduced:.2f} %)&lt;br&gt;Cost: &lt;b&gt;{total:,.1f} million KRW&lt;/b&gt; {costs}&lt;br&gt;Reduction per million KRW: {per_million}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: 제안 {count}개&lt;br&gt;4~5등급 도로 길이(km): {km_before:.2f} → &lt;b&gt;{km_after:.2f}&lt;/b&gt;&lt;br&gt;등급이 개선된 구간: &lt;b&gt;{improved:,}&lt;/b&gt;개&lt;br&gt;예상 사건 수: {before:,.1f} → &lt;b&gt;{after:,.1f}&lt;/b&gt;(−{reduced:.2f}%)&lt;br&gt;비용: &lt;b&gt;{total_ko}&lt;/b&gt;{costs}&lt;br&gt;100만 원당 감소량: {per_million}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/routes_box.py" line="16"/>
        <location filename="../plugin/dock/routes_box.py" line="25"/>
        <source>Routes of this scenario ({count})</source>
        <translation>이 시나리오의 경로({count}개)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/routes_box.py" line="27"/>
        <source>No route in this scenario: draw one with Route, or propose a safest walk.</source>
        <translation>이 시나리오에는 경로가 없습니다. '경로'로 그리거나, 가장 안전한 길을 찾아 안심귀갓길로 제안하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/routes_box.py" line="31"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({length:,.0f} m): {share:.1f} % in grades 4–5, riskiest {window:g} m at {start:.0f}–{end:.0f} m from its start (grade {grade:.0f}).&lt;br&gt;{suggestion}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;({length:,.0f} m): 4~5등급 {share:.1f}%, 위험도가 가장 높은 {window:g} m 구간은 시작점에서 {start:.0f}~{end:.0f} m({grade:.0f}등급).&lt;br&gt;{suggestion}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/routes_box.py" line="38"/>
        <source>Dark and unwatched stretches need the light and CCTV layers: run 'Audit safe-return routes' on the saved routes.</source>
        <translation>어두운 구간과 CCTV 공백은 조명과 CCTV 레이어가 있어야 알 수 있습니다. 저장한 경로에 '안심귀갓길 점검'을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="17"/>
        <source>Save proposals</source>
        <translation>제안 저장</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="17"/>
        <source>Save to…</source>
        <translation>다른 곳에 저장…</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="18"/>
        <source>Save as layer</source>
        <translation>레이어로 저장</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="18"/>
        <source>Briefing…</source>
        <translation>보고 자료…</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="19"/>
        <source>Close planner</source>
        <translation>계획 도구 닫기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="29"/>
        <source>Proposals of {count} scenarios saved to {path}.</source>
        <translation>시나리오 {count}개의 제안을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="34"/>
        <source>Save proposals to a GeoPackage</source>
        <translation>제안을 GeoPackage에 저장</translation>
    </message>
    <message>
        <location filename="../plugin/dock/save_row.py" line="45"/>
        <source>Scenario '{name}' saved as a layer.</source>
        <translation>시나리오 '{name}'을(를) 레이어로 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="16"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="25"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="25"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="26"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="26"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="39"/>
        <source>{name} (locked)</source>
        <translation>기준안(현재, 잠김)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="53"/>
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="53"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="60"/>
        <source>Copy scenario</source>
        <translation>시나리오 복사</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="60"/>
        <source>Name of the copy of '{name}':</source>
        <translation>'{name}' 복사본의 이름:</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="61"/>
        <source>{name} copy</source>
        <translation>{name} 복사본</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="67"/>
        <source>Rename scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/scenarios_box.py" line="67"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="29"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="31"/>
        <source>Anshim model (*.anshim)</source>
        <translation>안심 모델 (*.anshim)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="33"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="35"/>
        <source>Only line layers with the model's factor fields are offered. The model is found from the layer when 'Grade streets' made it.</source>
        <translation>모델의 요인 필드가 있는 선 레이어만 표시합니다. '도로 구간 안전등급 산정'으로 만든 레이어이면 모델을 레이어에서 찾습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="40"/>
        <source>Open planner</source>
        <translation>계획 도구 열기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/setup_page.py" line="42"/>
        <location filename="../plugin/dock/suggest_row.py" line="20"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../plugin/dock/suggest_row.py" line="15"/>
        <source>Suggest sites…</source>
        <translation>입지 추천…</translation>
    </message>
    <message>
        <location filename="../plugin/dock/suggest_row.py" line="16"/>
        <source>Find the sites that cut the most risk for a budget, on top of this scenario; they come as a new scenario</source>
        <translation>이 시나리오에 더해, 예산 안에서 위험을 가장 많이 줄이는 입지를 찾아 새 시나리오로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="27"/>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="27"/>
        <source>Light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="27"/>
        <source>Bell</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="28"/>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="28"/>
        <source>Safest walk</source>
        <translation>가장 안전한 길 찾기</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="29"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="29"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="39"/>
        <source>cameras: </source>
        <translation>카메라: </translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="40"/>
        <source>Cameras at each new CCTV site</source>
        <translation>새 방범용 CCTV 지점별 카메라 대수</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="42"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../plugin/dock/tools_row.py" line="45"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../plugin/dock/transitions_box.py" line="17"/>
        <source>Grade transitions (segments, before → after)</source>
        <translation>등급 변화(구간 수, 시행 전 → 시행 후)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/transitions_box.py" line="20"/>
        <source>→ {grade}</source>
        <translation>→ {grade}등급</translation>
    </message>
    <message>
        <location filename="../plugin/dock/transitions_box.py" line="21"/>
        <source>{grade} →</source>
        <translation>{grade}등급 →</translation>
    </message>
    <message>
        <location filename="../plugin/dock/transitions_box.py" line="26"/>
        <source>Segments by grade before (rows) and after (columns)</source>
        <translation>시행 전 등급(행)과 시행 후 등급(열)별 구간 수</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="17"/>
        <source>Walk: shortest and safest</source>
        <translation>보행 경로: 최단 경로와 가장 안전한 경로</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="23"/>
        <source>Safest at most</source>
        <translation>가장 안전한 경로의 우회 허용 한도</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="28"/>
        <source> × the shortest</source>
        <translation> × 최단 경로</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="33"/>
        <source>Propose as safe-return route</source>
        <translation>안심귀갓길로 제안</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="44"/>
        <source>Choose &lt;b&gt;Safest walk&lt;/b&gt;, click an origin, then a destination.</source>
        <translation>&lt;b&gt;가장 안전한 길 찾기&lt;/b&gt;를 누른 뒤 출발지와 목적지를 차례로 클릭하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="47"/>
        <source>On scenario &lt;b&gt;{scenario}&lt;/b&gt;:&lt;br&gt;Shortest: {short_m:,.0f} m, exposure {short_risk:.2f}, {short_km:.2f} km in grades 4–5&lt;br&gt;&lt;b&gt;Safest&lt;/b&gt;: {safe_m:,.0f} m (×{detour:.2f}), exposure &lt;b&gt;{safe_risk:.2f}&lt;/b&gt; (−{reduced:.0f} %), &lt;b&gt;{safe_km:.2f} km&lt;/b&gt; in grades 4–5</source>
        <translation>시나리오 &lt;b&gt;{scenario}&lt;/b&gt; 기준:&lt;br&gt;최단 경로: {short_m:,.0f} m, 노출도 {short_risk:.2f}, 4~5등급 {short_km:.2f} km&lt;br&gt;&lt;b&gt;가장 안전한 경로&lt;/b&gt;: {safe_m:,.0f} m (×{detour:.2f}), 노출도 &lt;b&gt;{safe_risk:.2f}&lt;/b&gt; (−{reduced:.0f}%), 4~5등급 &lt;b&gt;{safe_km:.2f} km&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../plugin/dock/walk_box.py" line="63"/>
        <source>The safest walk ({length:,.0f} m) is proposed as '{name}' in scenario '{scenario}'.</source>
        <translation>가장 안전한 경로({length:,.0f} m)를 시나리오 '{scenario}'에 '{name}'(으)로 제안했습니다.</translation>
    </message>
</context>
<context>
    <name>AnshimPlannerLayers</name>
    <message>
        <location filename="../plugin/overlay.py" line="28"/>
        <source>CCTV site</source>
        <translation>방범용 CCTV</translation>
    </message>
    <message>
        <location filename="../plugin/overlay.py" line="28"/>
        <source>Security light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../plugin/overlay.py" line="28"/>
        <source>Emergency bell</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../plugin/overlay.py" line="29"/>
        <source>Guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../plugin/overlay.py" line="146"/>
        <source>Proposed safe-return routes</source>
        <translation>제안 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../plugin/overlay.py" line="150"/>
        <source>Proposed sites</source>
        <translation>제안 시설 지점</translation>
    </message>
</context>
<context>
    <name>AnshimPlannerOpen</name>
    <message>
        <location filename="../plugin/open_task.py" line="45"/>
        <source>The graded layer is missing or could not be opened: choose a graded segments layer.</source>
        <translation>안전등급 레이어가 없거나 열 수 없습니다. 안전등급이 부여된 구간 레이어를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="47"/>
        <source>Layer '{name}' has no line geometries: choose the graded segments layer.</source>
        <translation>레이어 '{name}'에 선 도형이 없습니다. 안전등급이 부여된 구간 레이어를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="50"/>
        <source>Layer '{name}' has no coordinate reference system: set one in its Layer Properties → Source.</source>
        <translation>레이어 '{name}'에 좌표계가 없습니다. 레이어 속성 → 원본 탭에서 좌표계를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="53"/>
        <source>Layer '{name}' is empty: grade the streets of a district first.</source>
        <translation>레이어 '{name}'이(가) 비어 있습니다. 먼저 지역의 도로 등급을 산정하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="58"/>
        <source>Layer '{name}': {problem}. The planner measures reach in metres: run 'Grade streets' on it again (its output is in metres on the ground) and plan on that layer.</source>
        <translation>레이어 '{name}': {problem}. 계획 도구는 영향 범위를 미터로 잽니다. 이 레이어에 '도로 구간 안전등급 산정'을 다시 실행하고(결과는 실제 지표면 거리(m) 기준) 그 레이어로 계획하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="66"/>
        <source>No model is recorded for layer '{name}' and no .anshim file lies beside it: choose the model file it was graded with.</source>
        <translation>레이어 '{name}'에 기록된 모델이 없고 옆에 .anshim 파일도 없습니다. 등급 산정에 쓴 모델 파일을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="83"/>
        <source>Layer '{name}' has multi-part lines: the planner needs one line per segment, as 'Segment streets' writes them.</source>
        <translation>레이어 '{name}'에 다중 부분 선이 있습니다. 계획 도구에는 '도로 구간 분할'이 쓰는 것처럼 구간마다 선 하나가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="100"/>
        <source>Anshim: opening the planner on {name}</source>
        <translation>안심: {name}에서 계획 도구를 여는 중</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="114"/>
        <location filename="../plugin/open_task.py" line="127"/>
        <source>Opening the planner was cancelled: nothing changed.</source>
        <translation>계획 도구 열기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/open_task.py" line="118"/>
        <source>Not enough memory to open the planner on layer '{name}'.</source>
        <translation>메모리가 부족하여 레이어 '{name}'에서 계획 도구를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AnshimPlugin</name>
    <message>
        <location filename="../plugin/anshim_plugin.py" line="53"/>
        <source>Scenario planner</source>
        <translation>시나리오 계획 도구</translation>
    </message>
    <message>
        <location filename="../plugin/anshim_plugin.py" line="57"/>
        <source>Anshim scenario planner: place facilities on the map and compare scenarios</source>
        <translation>안심 시나리오 계획 도구: 지도에 시설을 배치하고 시나리오를 비교합니다</translation>
    </message>
    <message>
        <location filename="../plugin/anshim_plugin.py" line="59"/>
        <source>Anshim</source>
        <translation>안심</translation>
    </message>
    <message>
        <location filename="../plugin/anshim_plugin.py" line="62"/>
        <location filename="../plugin/anshim_plugin.py" line="82"/>
        <source>&amp;Anshim</source>
        <translation>안심(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnshimProvider</name>
    <message>
        <location filename="../processing_algorithms/provider.py" line="36"/>
        <source>Anshim</source>
        <translation>안심</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/provider.py" line="39"/>
        <source>Anshim street safety grading</source>
        <translation>안심 도로 안전등급 산정</translation>
    </message>
</context>
<context>
    <name>AnshimRouteAudit</name>
    <message>
        <location filename="../engine/planning/route_audit.py" line="276"/>
        <source>{offnet:.0f} m of the route run more than {tolerance:g} m from every street segment: check its line.</source>
        <translation>경로 중 {offnet:.0f} m가 모든 도로 구간에서 {tolerance:g} m보다 멀리 있습니다. 경로 선을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="279"/>
        <source>Consider re-routing: {share:.0f} % of the route is in grades 4–5.</source>
        <translation>경로의 {share:.0f}%가 4~5등급입니다. 경로 변경을 검토하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="282"/>
        <source>Add lights at {start:.0f}–{end:.0f} m from the start: {length:.0f} m without a light within {reach:g} m.</source>
        <translation>출발점에서 {start:.0f}~{end:.0f} m 구간에 보안등을 추가로 설치하십시오. {length:.0f} m에 걸쳐 {reach:g} m 안에 조명이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="286"/>
        <source>Consider CCTV at {start:.0f}–{end:.0f} m from the start: {length:.0f} m without a camera within {reach:g} m.</source>
        <translation>출발점에서 {start:.0f}~{end:.0f} m 구간에 방범용 CCTV 설치를 검토하십시오. {length:.0f} m에 걸쳐 {reach:g} m 안에 카메라가 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="290"/>
        <source>No emergency bell along the route.</source>
        <translation>경로에 안심벨이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="292"/>
        <source>Riskiest stretch at {start:.0f}–{end:.0f} m (grade {grade:.0f}{factor}): treat it first.</source>
        <translation>출발점에서 {start:.0f}~{end:.0f} m 구간의 위험도가 가장 높습니다({grade:.0f}등급{factor}). 이 구간부터 개선하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="296"/>
        <source>No stretch beyond the audit's limits.</source>
        <translation>점검 기준을 넘는 구간이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Need rank</source>
        <translation>개선 필요 순위</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Length (m)</source>
        <translation>길이(m)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Off network (m)</source>
        <translation>도로망 밖(m)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Grade 1 %</source>
        <translation>1등급 비율(%)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="330"/>
        <source>Grade 2 %</source>
        <translation>2등급 비율(%)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="331"/>
        <source>Grade 3 %</source>
        <translation>3등급 비율(%)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="331"/>
        <source>Grade 4 %</source>
        <translation>4등급 비율(%)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="331"/>
        <source>Grade 5 %</source>
        <translation>5등급 비율(%)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="331"/>
        <source>Mean risk</source>
        <translation>평균 위험도</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="332"/>
        <source>Riskiest {window:g} m, mean risk</source>
        <translation>가장 위험도가 높은 {window:g} m의 평균 위험도</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="332"/>
        <source>Longest dark gap (m)</source>
        <translation>가장 긴 어두운 구간(m)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="333"/>
        <source>Longest stretch without CCTV (m)</source>
        <translation>CCTV 없는 가장 긴 구간(m)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="333"/>
        <source>Largest bell spacing (m)</source>
        <translation>가장 넓은 안심벨 간격(m)</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="333"/>
        <source>Suggestion</source>
        <translation>개선 권고</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="334"/>
        <source>Each route is cut into 1 m pieces; a piece takes the grade of the nearest segment within {tolerance:g} m or counts as off the network. A stretch is dark where no light stands within {light:g} m, unwatched where no CCTV site stands within {cctv:g} m; dark gaps of {dark:g} m or more and CCTV gaps of {gap:g} m or more are flagged. Routes are ranked by their share in grades 4–5, then by their riskiest {window:g} m stretch. Grade 1 is the safest, grade 5 the least safe.</source>
        <translation>각 경로를 1 m 조각으로 자릅니다. 조각은 {tolerance:g} m 안에서 가장 가까운 구간의 등급을 받고, 없으면 도로망 밖으로 셉니다. {light:g} m 안에 조명이 없는 곳은 어두운 곳, {cctv:g} m 안에 방범용 CCTV가 없는 곳은 감시가 없는 곳으로 보며, {dark:g} m 이상의 어두운 구간과 {gap:g} m 이상의 CCTV 공백을 표시합니다. 경로는 4~5등급 비율 순으로, 그다음 가장 위험도가 높은 {window:g} m 구간 순으로 순위를 매깁니다. 1등급이 가장 안전, 5등급이 집중 관리 필요입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="343"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="348"/>
        <source>{count} routes, {km:.2f} km, {share:.0f} % of their length in grades 4–5.</source>
        <translation>경로 {count}개, {km:.2f} km, 길이의 {share:.0f}%가 4~5등급입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/route_audit.py" line="354"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
</context>
<context>
    <name>AnshimRoutes</name>
    <message>
        <location filename="../engine/network/routes.py" line="173"/>
        <source>The origin is more than {distance:g} m from every street segment.</source>
        <translation>출발지가 모든 도로 구간에서 {distance:g} m보다 멀리 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/network/routes.py" line="176"/>
        <source>The destination is more than {distance:g} m from every street segment.</source>
        <translation>목적지가 모든 도로 구간에서 {distance:g} m보다 멀리 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/network/routes.py" line="180"/>
        <source>No street connects the origin to the destination (they lie on separate parts of the network).</source>
        <translation>출발지와 목적지를 잇는 도로가 없습니다(도로망의 서로 떨어진 부분에 있습니다).</translation>
    </message>
</context>
<context>
    <name>AnshimSuggestDialog</name>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="23"/>
        <source>Suggest sites</source>
        <translation>입지 추천</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="25"/>
        <source>Anshim searches the streets for the sites that cut the most risk for the budget, on top of scenario '{name}', and shows them as a new scenario.</source>
        <translation>시나리오 '{name}'에 더해, 예산 안에서 위험을 가장 많이 줄일 입지를 도로를 따라 찾아 새 시나리오로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="34"/>
        <source> million KRW</source>
        <translation> × 100만 원</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="37"/>
        <source>Budget for new sites</source>
        <translation>신규 입지 예산(100만 원 단위)</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="45"/>
        <source>Kinds</source>
        <translation>시설 종류</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="47"/>
        <source>Expected incidents (proxy)</source>
        <translation>예상 사건 수(지표)</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="48"/>
        <source>Km in grades 4–5</source>
        <translation>4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="49"/>
        <source>Reduce</source>
        <translation>줄일 지표</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="53"/>
        <source>Cameras per CCTV site</source>
        <translation>방범용 CCTV 개소당 카메라 수</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="57"/>
        <source>Candidate sites lie every {spacing:g} m along streets of this grade or worse, at least {separation:g} m from a facility of the same kind.</source>
        <translation>후보 입지는 이 등급 이상(덜 안전한) 도로를 따라 {spacing:g} m마다, 같은 종류의 시설에서 {separation:g} m 이상 떨어진 곳에 둡니다.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="60"/>
        <source>Streets of grade at least</source>
        <translation>대상 도로 등급(이상)</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_dialog.py" line="63"/>
        <source>Suggest</source>
        <translation>추천</translation>
    </message>
</context>
<context>
    <name>AnshimSuggestSites</name>
    <message>
        <location filename="../plugin/suggest_sites.py" line="38"/>
        <source>The budget must be more than 0 KRW.</source>
        <translation>예산은 0원보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="41"/>
        <source>Choose at least one kind of facility to suggest.</source>
        <translation>추천할 시설 종류를 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="45"/>
        <source>The model uses the factors of none of the chosen kinds: such sites cannot change any grade. Choose other kinds.</source>
        <translation>모델이 고른 시설 종류의 요인을 하나도 쓰지 않아, 그런 입지는 어떤 등급도 바꿀 수 없습니다. 다른 종류를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="55"/>
        <source>Anshim: suggesting sites for {budget:,.0f} million KRW</source>
        <translation>안심: 예산 {budget_ko} 범위에서 입지를 추천하는 중</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="75"/>
        <source>No street of grade {grade} or worse is left without such a facility nearby: nothing to suggest. Lower the lowest grade or choose other kinds.</source>
        <translation>{grade}등급 이상 도로 가운데 근처에 같은 시설이 없는 곳이 남아 있지 않아 추천할 것이 없습니다. 대상 등급을 낮추거나 다른 종류를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="84"/>
        <location filename="../plugin/suggest_sites.py" line="98"/>
        <source>Suggesting sites was cancelled: no scenario was added.</source>
        <translation>입지 추천을 취소했습니다. 시나리오를 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="86"/>
        <source>Cannot suggest sites: {error}.</source>
        <translation>입지를 추천할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../plugin/suggest_sites.py" line="88"/>
        <source>Not enough memory to suggest sites on this network.</source>
        <translation>이 도로망에서 입지를 추천하기에 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>AnshimUndo</name>
    <message>
        <location filename="../plugin/dock/undo_text.py" line="16"/>
        <source>Undo {action}</source>
        <translation>{action} 실행 취소</translation>
    </message>
    <message>
        <location filename="../plugin/dock/undo_text.py" line="16"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../plugin/dock/undo_text.py" line="20"/>
        <source>Redo {action}</source>
        <translation>{action} 다시 실행</translation>
    </message>
    <message>
        <location filename="../plugin/dock/undo_text.py" line="20"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>AnshimUnsavedProposals</name>
    <message>
        <location filename="../plugin/planner/unsaved.py" line="18"/>
        <source>The proposals of scenario {names} are not saved. Save them to {path} before the project closes? If you do not, they are lost; the planner's map layers are rebuilt from the saved proposals and need no saving.</source>
        <translation>시나리오 {names}의 제안이 저장되지 않았습니다. 프로젝트를 닫기 전에 {path}에 저장하시겠습니까? 저장하지 않으면 제안이 사라집니다. 계획 도구의 지도 레이어는 저장된 제안으로 다시 만들어지므로 따로 저장할 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/unsaved.py" line="21"/>
        <source>The proposals of scenario {names} are not saved, and the graded layer is not in a GeoPackage to save them in: they are lost when the project closes.</source>
        <translation>시나리오 {names}의 제안이 저장되지 않았습니다. 안전등급 레이어가 GeoPackage에 있지 않아 제안을 저장할 곳이 없으므로, 프로젝트를 닫으면 제안이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/unsaved.py" line="79"/>
        <source>The proposals could not be saved to {path}: {error}</source>
        <translation>제안을 {path}에 저장하지 못했습니다. {error}</translation>
    </message>
    <message>
        <location filename="../plugin/planner/unsaved.py" line="82"/>
        <source>The unsaved proposals were saved to {path} before the project closed.</source>
        <translation>저장하지 않은 제안을 프로젝트를 닫기 전에 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/planner/unsaved.py" line="92"/>
        <location filename="../plugin/planner/unsaved.py" line="94"/>
        <source>Anshim: unsaved proposals</source>
        <translation>안심: 저장하지 않은 제안</translation>
    </message>
</context>
<context>
    <name>AnshimWalks</name>
    <message>
        <location filename="../plugin/walks.py" line="71"/>
        <source>Anshim: preparing the street graph for walks</source>
        <translation>안심: 보행 경로용 도로 그래프 준비 중</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="80"/>
        <source>The street graph for walks could not be built: {error}</source>
        <translation>보행 경로용 도로 그래프를 만들지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="81"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="97"/>
        <source>The street graph for walks is still being prepared: click again in a moment.</source>
        <translation>보행 경로용 도로 그래프를 아직 준비하고 있습니다. 잠시 뒤 다시 클릭하십시오.</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="106"/>
        <source>The detour must be a number of at least 1 (the safest walk is at most this many times the shortest), not {value}.</source>
        <translation>우회 배수는 1 이상의 수여야 합니다(가장 안전한 길은 최단 길의 최대 이 배수까지입니다). {value}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="112"/>
        <source>No walk on layer '{name}': {reason}</source>
        <translation>레이어 '{name}'에서 보행 경로를 찾지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/walks.py" line="120"/>
        <source>The two points are on the same spot of the street: there is no route to propose.</source>
        <translation>두 점이 도로의 같은 지점에 있어 제안할 경로가 없습니다.</translation>
    </message>
</context>
<context>
    <name>AreaModelCard</name>
    <message>
        <location filename="../engine/model/area_card.py" line="11"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="42"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="44"/>
        <source>SYNTHETIC crimes: the counts behind this model were generated for demonstration, not recorded by the police. Its grades and metrics show how the method works and say nothing about real safety.</source>
        <translation>합성(SYNTHETIC) 범죄 데이터: 이 모델의 건수는 시연을 위해 생성한 것이며 경찰이 기록한 것이 아닙니다. 등급과 지표는 방법이 어떻게 작동하는지 보여 줄 뿐, 실제 안전에 대해서는 아무것도 말하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="48"/>
        <source>counts of {years}</source>
        <translation>{years}년 건수</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="49"/>
        <source>counts without periods (no temporal test possible)</source>
        <translation>기간 없는 건수(시간 검증 불가)</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="50"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="51"/>
        <source>Street segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="52"/>
        <source>Segments inside a crime area</source>
        <translation>범죄 구역 안의 구간</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="53"/>
        <source>Network length</source>
        <translation>도로망 총연장</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="53"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="54"/>
        <source>Crime areas with streets</source>
        <translation>도로가 있는 범죄 구역</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="55"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="56"/>
        <source>Crimes in the training period</source>
        <translation>학습 기간의 범죄 건수</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="60"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="60"/>
        <source>Crimes</source>
        <translation>범죄</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="62"/>
        <source>Privacy: the model file holds no crime count of any area and no crime location. Totals below {threshold} are shown as "&lt;{threshold}", and no area's own count appears in this card or in any report.</source>
        <translation>개인정보 보호: 모델 파일에는 어떤 구역의 범죄 건수도, 범죄 위치도 들어 있지 않습니다. {threshold}건 미만의 합계는 "&lt;{threshold}"로 표시하며, 구역별 건수는 이 카드와 어떤 보고서에도 나오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="71"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="71"/>
        <source>Trained from crime counts per area, not from crime points. Each street segment has a crime rate per metre from gradient-boosted trees with the same monotonic constraints as the point-trained model: an added light, camera, bell, guard house or safe-return route never raises a segment's predicted risk. The rates summed over each area's streets (a segment cut by an area boundary counts by its length share) must explain that area's count, taken as a Poisson total. The fit is expectation–maximisation (EM): each area's count is spread over its segments in proportion to their current predicted crimes, the trees are refitted to the spread counts with a Poisson loss, and this repeats ({rounds} rounds of {per_round} trees; the number of rounds was chosen by cross-validation by area). Risk is the chance that a segment of median length ({metres} m) sees a crime in the training period. Grades cut the ranked network by length shares weighted to the top.</source>
        <translation>범죄 지점이 아니라 구역별 범죄 건수로 학습했습니다. 각 도로 구간의 m당 범죄율은 지점으로 학습한 모델과 같은 단조 제약을 둔 그래디언트 부스팅 트리에서 나옵니다. 보안등, CCTV, 안심벨, 여성안심지킴이집, 안심귀갓길을 더해도 구간의 예측 위험도는 절대 높아지지 않습니다. 각 구역의 도로에서 범죄율을 합한 값(구역 경계에 걸친 구간은 길이 비율만큼 셈)이 포아송 합계로 본 그 구역의 건수를 설명해야 합니다. 적합 방법은 기댓값 최대화(EM)입니다. 각 구역의 건수를 현재 예측 범죄 수에 비례하여 구간에 나누고, 나눈 건수에 포아송 손실로 트리를 다시 적합하는 과정을 되풀이합니다(트리 {per_round}개씩 {rounds}회, 반복 횟수는 구역 단위 교차 검증으로 정함). 위험도는 중간 길이({metres} m)의 구간에서 학습 기간에 범죄가 일어날 확률입니다. 등급은 위험도 순으로 정렬한 도로망을 위쪽에 무게를 둔 길이 비율로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="85"/>
        <source>Counts per area say less than crime points: within an area the model can only tell streets apart through their factors, so its grades are smoother than a point-trained model's, the more so the larger the areas (see the README for measured figures).</source>
        <translation>구역별 건수는 범죄 지점보다 정보가 적습니다. 구역 안에서는 요인으로만 도로를 구별할 수 있으므로 등급이 지점으로 학습한 모델보다 완만하며, 구역이 클수록 더 그렇습니다(측정값은 README를 참고하십시오).</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="93"/>
        <source>How well it finds crime</source>
        <translation>범죄를 얼마나 잘 찾아내는가</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="95"/>
        <source>Cross-validation by area: the areas were split into {folds} folds; each fold's model learned from the other areas only and predicted the held-out areas' counts. Compared with a prediction from street length alone (every metre of street equally risky).</source>
        <translation>구역 단위 교차 검증: 구역을 {folds}개 폴드로 나누고, 폴드마다 나머지 구역으로만 학습한 모델이 제외한 구역의 건수를 예측했습니다. 도로 길이만으로 한 예측(도로의 모든 m가 똑같이 위험하다고 봄)과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="99"/>
        <source>Prediction of held-out areas' counts</source>
        <translation>제외한 구역의 건수 예측</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="99"/>
        <source>Spearman correlation</source>
        <translation>스피어만 상관계수</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="100"/>
        <source>Poisson deviance</source>
        <translation>포아송 이탈도</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="101"/>
        <source>Anshim model</source>
        <translation>안심 모델</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="103"/>
        <source>Street length alone (baseline)</source>
        <translation>도로 길이만(비교 기준)</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="105"/>
        <source>Deviance explained beyond street length: {share}. {below} area(s) hold fewer than {threshold} crimes.</source>
        <translation>도로 길이 이상으로 설명한 이탈도: {share}. 범죄가 {threshold}건 미만인 구역: {below}개.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="110"/>
        <source>Later period held out</source>
        <translation>이후 기간으로 검증</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="112"/>
        <source>Trained on {train}, tested on {test}: Spearman correlation of the areas' counts with the model's prediction {model}, with last period's counts {last}.</source>
        <translation>{train}년으로 학습하고 {test}년으로 검증: 구역 건수와 모델 예측의 스피어만 상관계수 {model}, 직전 기간 건수와의 상관계수 {last}.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_card.py" line="118"/>
        <source>Not run: the counts have no periods, or only one.</source>
        <translation>실행하지 않음: 건수에 기간이 없거나 한 기간뿐입니다.</translation>
    </message>
</context>
<context>
    <name>AreaTraining</name>
    <message>
        <location filename="../engine/model/area_trainer.py" line="22"/>
        <source>Trained from crime counts per area: the counts were spread over each area's street segments by expectation–maximisation (EM) for Poisson totals, so that the segments' predicted crimes summed over each area explain that area's count.</source>
        <translation>구역별 범죄 건수로 학습합니다. 포아송 합계에 대한 기댓값 최대화(EM)로 각 구역의 건수를 그 구역의 도로 구간에 나누어, 구간 예측 범죄 수를 구역마다 합한 값이 그 구역의 건수를 설명하도록 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_trainer.py" line="49"/>
        <source>No segment lies in a crime area ('{field}' is -1 everywhere): the areas and the streets do not overlap. Check that both layers cover the same district and coordinate reference system.</source>
        <translation>범죄 구역 안에 있는 구간이 없습니다('{field}'가 모두 -1). 구역과 도로가 겹치지 않습니다. 두 레이어가 같은 지역을 덮고 같은 좌표계인지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_trainer.py" line="59"/>
        <source>Segments of one area carry different area counts: the '{field}' fields were edited after the factors were computed. Compute the factors again with the crime areas.</source>
        <translation>한 구역의 구간들에 서로 다른 구역 건수가 있습니다. 요인을 계산한 뒤 '{field}' 필드가 수정되었습니다. 범죄 구역과 함께 요인을 다시 계산하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_trainer.py" line="119"/>
        <source>The segment table has no column for the factor(s) {missing}.</source>
        <translation>구간 표에 요인 {missing}의 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_training.py" line="208"/>
        <source>No segment lies in any crime area: the areas and the streets do not overlap. Check that both layers cover the same district and are in the same coordinate reference system.</source>
        <translation>범죄 구역 안에 있는 구간이 없습니다. 구역과 도로가 겹치지 않습니다. 두 레이어가 같은 지역을 덮고 같은 좌표계인지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_training.py" line="212"/>
        <source>Training from crime counts per area needs at least two areas with streets; the segments lie in {count}.</source>
        <translation>구역별 범죄 건수로 학습하려면 도로가 있는 구역이 2개 이상 필요합니다. 구간이 있는 구역은 {count}개입니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/area_training.py" line="216"/>
        <source>Every area's crime count is 0 in the training period: nothing to learn from.</source>
        <translation>학습 기간에 모든 구역의 범죄 건수가 0입니다. 학습할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AuditRoutesAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="27"/>
        <source>Security and street lights</source>
        <translation>보안등·가로등</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="28"/>
        <source>Lights for the dark-gap measure: a stretch is dark where no light stands within 25 m (Compute safety factors' default LIGHT_RADIUS).</source>
        <translation>어두운 구간 측정에 쓰는 보안등·가로등: 25 m 안에 조명이 없는 구간을 어둡다고 봅니다('안전 요인 계산'의 기본 LIGHT_RADIUS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="30"/>
        <source>CCTV sites</source>
        <translation>방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="31"/>
        <source>CCTV sites for the unwatched-stretch measure: watched within 50 m (CCTV_RADIUS).</source>
        <translation>CCTV 공백 구간 측정에 쓰는 방범용 CCTV 설치 지점: 50 m 안이면 감시된다고 봅니다(CCTV_RADIUS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="32"/>
        <source>Emergency bells</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="33"/>
        <source>Emergency bells within ROUTE_TOLERANCE of a route, for the bell spacing.</source>
        <translation>안심벨 간격 측정에 쓰는, 경로에서 ROUTE_TOLERANCE 안에 있는 안심벨.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="37"/>
        <source>Dark gap to flag (m)</source>
        <translation>어두운 구간 판정 기준 길이(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="38"/>
        <source>A stretch at least this long with no light within reach is a dark gap: flagged on the route's segments and named in the suggestion (alley lights stand about every 50 m).</source>
        <translation>이 길이 이상 조명이 닿지 않는 구간은 어두운 구간입니다. 경로의 도로 구간에 표시하고 개선 권고에 적습니다(골목 보안등은 약 50 m마다 섭니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="40"/>
        <source>Unwatched stretch to flag (m)</source>
        <translation>CCTV 공백 판정 기준 길이(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="41"/>
        <source>A stretch at least this long with no CCTV site within reach is flagged.</source>
        <translation>이 길이 이상 방범용 CCTV가 닿지 않는 구간을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="42"/>
        <source>Riskiest stretch length (m)</source>
        <translation>최고 위험 구간 탐색 길이(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="43"/>
        <source>Length of the stretch searched for the highest mean risk along each route.</source>
        <translation>각 경로에서 평균 위험도가 가장 높은 구간을 찾을 때의 길이.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="66"/>
        <source>Audit safe-return routes</source>
        <translation>안심귀갓길 점검</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="69"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="75"/>
        <source>Audits existing or proposed safe-return routes (안심귀갓길) over the graded segments.

Each route is cut into 1 m pieces that take the grade of the nearest segment within ROUTE_TOLERANCE; farther pieces are off the network (offnet_m), never dropped. Per route (OUTPUT, one row each): length_m, offnet_m, length_grade_1 … length_grade_5 (m, adding up to length_m − offnet_m) and share_grade_1 … 5 (% of the on-network length), mean and maximum risk, the riskiest WINDOW-long stretch (worst_from_m, worst_to_m from the route's start, its grade and main risk factor), the longest dark gap (no light within 25 m), the longest stretch without CCTV within 50 m, the largest spacing between bells (route ends included), a rank by need (share in grades 4–5, then the riskiest stretch) and a suggestion in words. Routes take their name from a field called name, if any.

SEGMENTS: the segments each route runs on with on_route_m and the flags dark, no_cctv and riskiest. REPORT: the routes by need as an HTML page. Leaving out LIGHTS, CCTV or BELLS leaves their measures empty.</source>
        <translation>안전등급이 부여된 구간 위에서 기존 또는 제안 안심귀갓길을 점검합니다.

각 경로는 1 m 조각으로 잘리고, 각 조각은 ROUTE_TOLERANCE 안에서 가장 가까운 구간의 등급을 받습니다. 그보다 먼 조각은 도로망 밖(offnet_m)으로 집계하며 버리지 않습니다. 경로별 결과(OUTPUT, 경로당 한 행): length_m, offnet_m, length_grade_1 … length_grade_5(m, 합계는 length_m − offnet_m)와 share_grade_1 … 5(도로망 위 길이 대비 %), 평균·최대 위험도, 위험도가 가장 높은 WINDOW 길이 구간(경로 시작점부터의 worst_from_m, worst_to_m, 그 등급과 주요 위험 요인), 가장 긴 어두운 구간(25 m 안에 조명 없음), 50 m 안에 CCTV가 없는 가장 긴 구간, 안심벨 사이의 가장 큰 간격(경로 양 끝 포함), 개선 필요도 순위(4~5등급 비율, 다음으로 위험도가 가장 높은 구간)와 문장으로 된 개선 권고. 경로 이름은 name 필드가 있으면 그 값을 씁니다.

SEGMENTS: 각 경로가 지나는 구간과 on_route_m, 플래그 dark, no_cctv, riskiest. REPORT: 개선 필요도 순으로 정리한 경로의 HTML 페이지. LIGHTS, CCTV 또는 BELLS를 생략하면 해당 지표는 비워 둡니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="90"/>
        <source>Output of 'Grade streets': segments with risk, grade and risk_factor.</source>
        <translation>'도로 구간 안전등급 산정'의 출력: risk, grade, risk_factor가 있는 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="91"/>
        <location filename="../processing_algorithms/audit_routes.py" line="121"/>
        <location filename="../processing_algorithms/audit_routes.py" line="122"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="93"/>
        <source>Existing or proposed routes as lines; a field called name names them.</source>
        <translation>선 형식의 기존 또는 제안 경로. name 필드가 있으면 경로 이름으로 씁니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="94"/>
        <location filename="../processing_algorithms/audit_routes.py" line="131"/>
        <source>Safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="96"/>
        <source>A piece of route farther than this from every segment is off the network (published route lines only approximate the centre-lines).</source>
        <translation>모든 구간에서 이 거리보다 먼 경로 조각은 도로망 밖으로 봅니다(공개된 경로 선은 도로 중심선과 대략적으로만 일치합니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="97"/>
        <source>Route tolerance (m)</source>
        <translation>경로 허용 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="108"/>
        <source>One row per route.</source>
        <translation>경로당 한 행.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="109"/>
        <source>Route audit</source>
        <translation>경로 점검 결과</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="110"/>
        <source>The segments each route runs on, with their flags.</source>
        <translation>각 경로가 지나는 구간과 그 플래그.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="111"/>
        <source>Route segments</source>
        <translation>경로 통과 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="113"/>
        <source>The routes by need, with their measures and suggestions.</source>
        <translation>개선 필요도 순으로 정리한 경로와 지표, 개선 권고.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="114"/>
        <source>Audit report</source>
        <translation>점검 보고서</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="114"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="133"/>
        <source>Safe-return routes layer '{name}' has no line geometries.</source>
        <translation>안심귀갓길 레이어 '{name}'에 선 도형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="140"/>
        <source>{count} route(s) have no length (one vertex, or every vertex on one point): {names}. Their audit says nothing about any street; draw them again.</source>
        <translation>경로 {count}개는 길이가 없습니다(꼭짓점이 하나이거나 모든 꼭짓점이 한 점에 있음): {names}. 이 경로의 점검 결과는 어떤 도로에 대해서도 알려 주지 않습니다. 경로를 다시 그리십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="172"/>
        <source>Anshim safe-return route audit</source>
        <translation>안심귀갓길 점검 결과(안심)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="179"/>
        <source>route {fid}</source>
        <translation>경로 {fid}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="192"/>
        <source>{rank:.0f}. {name}: {length:.0f} m, {share:.0f} % in grades 4–5, longest dark gap {dark} m. {suggestion}</source>
        <translation>{rank:.0f}. {name}: {length:.0f} m, 4~5등급 {share:.0f}%, 가장 긴 어두운 구간 {dark} m. {suggestion}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/audit_routes.py" line="229"/>
        <source>Could not write route audit features: {error}</source>
        <translation>경로 점검 객체를 쓸 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../engine/planning/briefing.py" line="44"/>
        <location filename="../engine/planning/briefing.py" line="53"/>
        <location filename="../engine/planning/briefing.py" line="179"/>
        <source>n/a</source>
        <translation>산출 불가</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="45"/>
        <source>{change:+.1f} %</source>
        <translation>{change:+.1f}%</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="65"/>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}. {month}. {day}.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="71"/>
        <source>{count} CCTV site</source>
        <translation>방범용 CCTV {count}개소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="71"/>
        <source>{count} CCTV sites</source>
        <translation>방범용 CCTV {count}개소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="72"/>
        <source>{count} security light</source>
        <translation>보안등 {count}개</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="72"/>
        <source>{count} security lights</source>
        <translation>보안등 {count}개</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="73"/>
        <source>{count} emergency bell</source>
        <translation>안심벨 {count}개소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="73"/>
        <source>{count} emergency bells</source>
        <translation>안심벨 {count}개소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="74"/>
        <source>{count} women's safety guard house</source>
        <translation>여성안심지킴이집 {count}곳</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="75"/>
        <source>{count} women's safety guard houses</source>
        <translation>여성안심지킴이집 {count}곳</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="76"/>
        <source>{count} safe-return route</source>
        <translation>안심귀갓길 {count}개 구간</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="76"/>
        <source>{count} safe-return routes</source>
        <translation>안심귀갓길 {count}개 구간</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="82"/>
        <source>CCTV site</source>
        <translation>방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="82"/>
        <source>security light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="82"/>
        <source>emergency bell</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="83"/>
        <source>women's safety guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="83"/>
        <source>safe-return route</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="84"/>
        <source>CCTV sites</source>
        <translation>방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="84"/>
        <source>security lights</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="84"/>
        <source>emergency bells</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="85"/>
        <source>women's safety guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="85"/>
        <source>safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="96"/>
        <source>{facilities} ({km})</source>
        <translation>{facilities}({km})</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="98"/>
        <location filename="../engine/planning/briefing.py" line="359"/>
        <source>no facility</source>
        <translation>시설 없음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="106"/>
        <source>Facilities: {facilities}</source>
        <translation>시설: {facilities}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="107"/>
        <source>Total cost: {cost}</source>
        <translation>총비용: {cost}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="108"/>
        <source>Km in grades 4-5: {before} → {after}</source>
        <translation>4~5등급 도로 길이: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="110"/>
        <source>Expected-incident proxy: {before} → {after} ({change})</source>
        <translation>예상 사건 지표: {before} → {after}({change})</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="112"/>
        <source>Reduction per million KRW: {value}</source>
        <translation>100만 원당 감소량: {value}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="129"/>
        <source>{name} (largest reduction)</source>
        <translation>{name}(감소 효과 최대)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="137"/>
        <source>Facilities</source>
        <translation>시설</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="138"/>
        <source>Total cost</source>
        <translation>총비용</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="139"/>
        <source>Km in grades 4-5 before</source>
        <translation>시행 전 4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="140"/>
        <source>Km in grades 4-5 after</source>
        <translation>시행 후 4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="141"/>
        <source>Segments with a better grade</source>
        <translation>등급이 개선된 구간</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="142"/>
        <source>Expected-incident proxy before</source>
        <translation>시행 전 예상 사건 지표</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="143"/>
        <source>Expected-incident proxy after</source>
        <translation>시행 후 예상 사건 지표</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="143"/>
        <source>{value} ({change})</source>
        <translation>{value}({change})</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="146"/>
        <source>Proxy reduction per million KRW</source>
        <translation>100만 원당 지표 감소량</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="163"/>
        <source>{cost} per km</source>
        <translation>km당 {cost}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="164"/>
        <source>{count} ({km})</source>
        <translation>{count}({km})</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="172"/>
        <source>Anshim model</source>
        <translation>안심 모델</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="172"/>
        <source>Kernel density of past crimes</source>
        <translation>과거 범죄의 커널 밀도</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="173"/>
        <source>Last period's crime count</source>
        <translation>직전 기간의 범죄 건수</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="195"/>
        <source>more of it never raises risk</source>
        <translation>많아져도 위험도가 높아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="195"/>
        <source>farther away never lowers risk</source>
        <translation>멀어져도 위험도가 낮아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="196"/>
        <source>learned from the data</source>
        <translation>데이터에서 학습</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="203"/>
        <source>the counting radius</source>
        <translation>집계 반경</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="205"/>
        <source>having it never raises risk</source>
        <translation>있어도 위험도가 높아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="214"/>
        <source>Street lighting</source>
        <translation>가로등 조명</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="214"/>
        <source>-21 % crime (13 studies)</source>
        <translation>범죄 21% 감소(연구 13건)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="215"/>
        <source>Welsh &amp; Farrington 2008, Campbell Systematic Reviews 2008:13</source>
        <translation>Welsh &amp; Farrington 2008, Campbell Systematic Reviews 2008:13</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="216"/>
        <source>Street lighting, randomised trial</source>
        <translation>가로등 조명, 무작위 대조 실험</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="216"/>
        <source>at least -36 % night-time outdoor serious crime</source>
        <translation>야간 옥외 중범죄 최소 36% 감소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="217"/>
        <source>Chalfin et al. 2022, J. Quant. Criminology 38:127</source>
        <translation>Chalfin et al. 2022, J. Quant. Criminology 38:127</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="218"/>
        <location filename="../engine/planning/briefing.py" line="220"/>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="218"/>
        <source>-16 % overall, -51 % in car parks; not significant in town centres</source>
        <translation>전체 16% 감소, 주차장 51% 감소. 도심에서는 유의하지 않음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="219"/>
        <source>Welsh &amp; Farrington 2009</source>
        <translation>Welsh &amp; Farrington 2009</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="220"/>
        <source>modest decrease; larger in residential areas and with active monitoring</source>
        <translation>소폭 감소. 주거 지역과 적극적 관제 시 효과가 더 큼</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="221"/>
        <source>Piza et al. 2019, Criminology &amp; Public Policy 18:135</source>
        <translation>Piza et al. 2019, Criminology &amp; Public Policy 18:135</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="239"/>
        <source>It learned from {crimes} crimes of {years}.</source>
        <translation>{years}년 범죄 {crimes}건으로 학습했습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="242"/>
        <source>It learned from {crimes} crimes without dates.</source>
        <translation>날짜가 없는 범죄 {crimes}건으로 학습했습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="245"/>
        <source>The streets are cut into pieces of about 10 m. For every piece a machine-learning model weighs its surroundings (cameras and lights nearby, distance to emergency bells, guard houses and police boxes, safe-return routes, night-time population, street layout) to estimate how likely a crime is there.</source>
        <translation>도로를 약 10 m 길이의 구간으로 나눕니다. 구간마다 기계학습 모델이 주변 여건(가까운 카메라와 조명, 안심벨·여성안심지킴이집·지구대·파출소까지의 거리, 안심귀갓길, 야간 여성 생활인구, 도로 구조)을 따져 그곳에서 범죄가 일어날 가능성을 추정합니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="249"/>
        <source>Pieces are graded by street length: the riskiest 5 % of length is grade 5 (least safe), the safest 35 % grade 1. A proposed facility changes only the streets it reaches, and the model is built so that a facility never makes a street riskier. The expected-incident proxy adds up the risk of every piece, counting pieces with more people out at night more; it compares scenarios, it is not a forecast.</source>
        <translation>등급은 도로 길이를 기준으로 나눕니다. 전체 도로 길이 가운데 위험도가 가장 높은 5%는 5등급(집중 관리 필요), 가장 낮은 35%는 1등급(가장 안전)입니다. 제안 시설은 그 영향이 미치는 도로만 바꾸며, 모델은 시설 때문에 도로의 위험도가 올라가는 일이 없도록 만들어져 있습니다. 예상 사건 지표는 모든 구간의 위험도를 더하되 밤에 다니는 사람이 많은 구간에 더 큰 가중치를 둡니다. 시나리오를 비교하기 위한 지표이며 예측이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="253"/>
        <source>Validation: PAI = share of crimes on the flagged streets / share of street length flagged, for the riskiest 5 % of length; 1 is no better than chance. Whole streets were held out together, and the model was also tested on a later year than it learned from, against two simple baselines.</source>
        <translation>검증: PAI는 선정된 도로의 범죄 비율을 선정된 도로 길이 비율로 나눈 값이며, 위험도 상위 5%(도로 길이 기준)에 대해 계산합니다. 1이면 무작위로 고른 것보다 나을 것이 없습니다. 도로를 통째로 떼어 두는 방식으로 검증했고, 학습한 해보다 이후 연도로도 검증했으며, 두 가지 단순한 비교 기준과 견주었습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="261"/>
        <source>- Displacement and diffusion of crime are not modelled: a new light may push crime to the next street, or protect it too.</source>
        <translation>- 범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다. 새 보안등이 범죄를 옆 도로로 밀어낼 수도 있고 옆 도로까지 지켜 줄 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="263"/>
        <source>- Observational data: cameras and lights stand where crime already was, so their effect here is an assumption built into the model (never harmful), not a measured causal effect.</source>
        <translation>- 관찰 자료의 한계: 카메라와 조명은 이미 범죄가 있던 곳에 설치되어 있으므로, 여기서 그 효과는 측정된 인과 효과가 아니라 모델에 넣은 가정(해가 되지 않음)입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="265"/>
        <source>- The studies above measured crime, not fear of crime; effects vary from place to place.</source>
        <translation>- 위 연구들은 범죄에 대한 두려움이 아니라 범죄 자체를 측정했으며, 효과는 지역마다 다릅니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="266"/>
        <source>- Grades compare streets within this district and period; unit costs are planning figures, not quotes.</source>
        <translation>- 등급은 이 지역과 기간 안에서 도로끼리 비교한 것입니다. 단가는 계획용 수치이며 견적이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="267"/>
        <source>- CCTV sites are sensitive: camera points are drawn only where the briefing's author allowed it.</source>
        <translation>- 방범용 CCTV 설치 지점은 민감 정보입니다. 카메라 위치는 보고 자료 작성자가 허용한 경우에만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="273"/>
        <source>{sites} proposed sites and {routes} proposed routes from {layers}</source>
        <translation>{layers}의 제안 시설 {sites}곳, 제안 경로 {routes}개</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="274"/>
        <source>no layer</source>
        <translation>레이어 없음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="281"/>
        <source>unknown date</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="283"/>
        <source>crimes without dates</source>
        <translation>날짜가 없는 범죄</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="285"/>
        <source>crimes of {train} (learning), {test} (test)</source>
        <translation>{train}년 범죄(학습), {test}년 범죄(검증)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="288"/>
        <source>crimes of {train} (learning)</source>
        <translation>{train}년 범죄(학습)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="290"/>
        <source>Streets: {segments} ({count} segments, {km}); coordinates in {crs}.</source>
        <translation>도로: {segments}(구간 {count}개, {km}), 좌표계 {crs}.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="293"/>
        <source>Model: {model}, trained on {date} from {period}.</source>
        <translation>모델: {model}({date} 학습, 자료: {period}).</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="295"/>
        <source>Proposals: {proposals}.</source>
        <translation>제안: {proposals}.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="296"/>
        <source>Briefing made on {date} with Anshim.</source>
        <translation>{date}에 안심으로 작성한 보고 자료입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="301"/>
        <source>The crimes this model learned from are SYNTHETIC (generated for a demonstration, not police records). Its grades and figures show how the method works; they say nothing about real safety.</source>
        <translation>이 모델이 학습한 범죄는 합성(SYNTHETIC) 데이터입니다(시연을 위해 생성한 것이며 경찰 기록이 아님). 등급과 수치는 방법이 어떻게 작동하는지 보여 줄 뿐, 실제 안전에 대해서는 아무것도 말하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="309"/>
        <source>The district's streets: {km} in {count} segments</source>
        <translation>지역의 도로: 구간 {count}개, {km}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="320"/>
        <source>Date: {date}</source>
        <translation>작성일: {date}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="323"/>
        <source>Decision sought: which scenario of safety facilities to fund.</source>
        <translation>결정 요청 사항: 예산을 배정할 안전시설 시나리오를 선택해 주십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="324"/>
        <source>Decision sought: which of these {count} scenarios of safety facilities to fund.</source>
        <translation>결정 요청 사항: 안전시설 시나리오 {count}개 중 예산을 배정할 시나리오를 선택해 주십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="325"/>
        <source>Grades run from 1 (safest) to 5 (least safe). The expected-incident proxy adds up the crime risk of every street, counting streets with more people out at night more: lower is better.</source>
        <translation>등급은 1등급(가장 안전)부터 5등급(집중 관리 필요)까지입니다. 예상 사건 지표는 모든 도로의 범죄 위험도를 더하되 밤에 다니는 사람이 많은 도로에 더 큰 가중치를 둡니다. 낮을수록 좋습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="327"/>
        <source>Before: safety grades today</source>
        <translation>시행 전: 현재 안전등급</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="328"/>
        <source>After: {name}</source>
        <translation>시행 후: {name}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="330"/>
        <source>SYNTHETIC crimes: this model learned from generated crimes, not police records; the figures show the method, not real safety.</source>
        <translation>합성(SYNTHETIC) 범죄 데이터: 이 모델은 경찰 기록이 아니라 생성된 범죄로 학습했습니다. 수치는 방법을 보여 줄 뿐 실제 안전을 나타내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="332"/>
        <source>Displacement and diffusion of crime are not modelled.</source>
        <translation>범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="333"/>
        <source>Proposed CCTV sites are counted and costed but not drawn (CCTV locations are sensitive).</source>
        <translation>제안 방범용 CCTV 설치 지점은 수량과 비용에는 포함하지만 지도에는 표시하지 않습니다(CCTV 위치는 민감 정보).</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="335"/>
        <source>Method, evidence and limits: page 3.</source>
        <translation>방법, 근거와 한계: 3쪽.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="336"/>
        <source>Comparing the scenarios</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="337"/>
        <source>Where {name} makes streets safer (green: better grade; grey: unchanged). It lowers the expected-incident proxy most.</source>
        <translation>{name} 시행 시 더 안전해지는 도로(초록: 등급 개선, 회색: 변화 없음). 예상 사건 지표를 가장 많이 낮추는 시나리오입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="339"/>
        <source>Where {name} makes streets safer (green: better grade; grey: unchanged)</source>
        <translation>{name} 시행 시 더 안전해지는 도로(초록: 등급 개선, 회색: 변화 없음)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="340"/>
        <source>Proposed facilities and their cost</source>
        <translation>제안 시설과 비용</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="341"/>
        <source>Method and limits</source>
        <translation>방법과 한계</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="344"/>
        <source>How well the model finds crime: PAI at 5 % of street length</source>
        <translation>모델의 범죄 예측 성능: 위험도 상위 5%(도로 길이 기준)의 PAI</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="345"/>
        <source>Factors that matter most</source>
        <translation>가장 중요한 요인</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="346"/>
        <source>What studies found</source>
        <translation>연구 결과</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="347"/>
        <source>What the figures do not show</source>
        <translation>수치가 보여 주지 않는 것</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="349"/>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="358"/>
        <source>not available</source>
        <translation>산출 불가</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="361"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="363"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="363"/>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="363"/>
        <source>Number</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="363"/>
        <source>Unit cost</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="363"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="365"/>
        <source>Ranking</source>
        <translation>순위 방식</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="365"/>
        <source>Whole streets held out</source>
        <translation>도로 단위로 분리</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="365"/>
        <source>Later year</source>
        <translation>이후 연도</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="367"/>
        <source>Factor</source>
        <translation>요인</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="367"/>
        <source>In the model</source>
        <translation>모델 반영 방식</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="367"/>
        <source>Weight</source>
        <translation>비중</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="368"/>
        <source>Measure</source>
        <translation>대책</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="368"/>
        <source>Effect found</source>
        <translation>확인된 효과</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing.py" line="368"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation type="obsolete">{kind} {count}개</translation>
    </message>
    <message>
        <source>The district's streets: {km} in {count} segments (layer '{layer}')</source>
        <translation type="obsolete">지역의 도로: 구간 {count}개, {km}(레이어 '{layer}')</translation>
    </message>
</context>
<context>
    <name>BriefingEvaluation</name>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="22"/>
        <source>CCTV</source>
        <translation>방범용 CCTV</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="22"/>
        <source>security lights</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="22"/>
        <source>emergency bells</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="23"/>
        <source>women's safety guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="23"/>
        <source>safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="25"/>
        <source>Too few crimes to tell</source>
        <translation>범죄가 적어 판단할 수 없음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="26"/>
        <source>Crime fell</source>
        <translation>범죄 감소</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="27"/>
        <source>Crime rose</source>
        <translation>범죄 증가</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="28"/>
        <source>No clear change</source>
        <translation>뚜렷한 변화 없음</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="94"/>
        <source>{sign}{value}%</source>
        <translation>{sign}{value}%</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="99"/>
        <source>{scenario}: {kind}</source>
        <translation>{scenario}: {kind}</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="104"/>
        <source>Facilities</source>
        <translation>시설</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="104"/>
        <source>Number</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="104"/>
        <source>Rate ratio (95% interval)</source>
        <translation>발생비(95% 구간)</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="104"/>
        <source>Realised change</source>
        <translation>실제 변화</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="105"/>
        <source>Predicted change</source>
        <translation>예측 변화</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="105"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="109"/>
        <source>{value:.2f} ({low:.2f}–{high:.2f})</source>
        <translation>{value:.2f}({low:.2f}~{high:.2f})</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="122"/>
        <source>{name} ({count}): too few crimes on their streets to tell whether they worked.</source>
        <translation>{name}({count}개소): 설치한 도로의 범죄가 너무 적어 효과를 판단할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="126"/>
        <source>{name} ({count}): crime fell by about {change}% against comparable streets (95% interval: {low}% to {high}% fewer).</source>
        <translation>{name}({count}개소): 비교 도로보다 범죄가 약 {change}% 줄었습니다(95% 구간: {low}%~{high}% 감소).</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="131"/>
        <source>{name} ({count}): crime rose by about {change}% against comparable streets (95% interval: {low}% to {high}% more).</source>
        <translation>{name}({count}개소): 비교 도로보다 범죄가 약 {change}% 늘었습니다(95% 구간: {low}%~{high}% 증가).</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="136"/>
        <source>{name} ({count}): no clear change — the estimate is {change} against comparable streets, but anything from {low} to {high} is consistent with the crimes seen, including no change.</source>
        <translation>{name}({count}개소): 뚜렷한 변화가 없습니다. 비교 도로 대비 추정치는 {change}이지만, 관측된 범죄로는 {low}에서 {high}까지 모두 가능하며 '변화 없음'도 여기에 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="142"/>
        <source>It could only have told a fall of {fall}% or more.</source>
        <translation>이 평가로는 {fall}% 이상 줄었을 때만 가려낼 수 있었습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="145"/>
        <source>The plan had predicted {change}.</source>
        <translation>계획 당시 예측은 {change}였습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="152"/>
        <source>Each group of installed facilities is compared with streets of the same kind and the same risk that got nothing: crimes in the months after installation against the months before, on both. A rate ratio of 0.70 means 30% fewer crimes than the comparable streets suggest; when its 95% interval includes 1, the change could be chance.</source>
        <translation>설치한 시설은 묶음별로, 도로 유형과 위험도가 같지만 아무것도 설치하지 않은 도로와 비교합니다. 양쪽 모두 설치 후 몇 개월과 설치 전 몇 개월의 범죄를 비교합니다. 발생비 0.70은 비교 도로로 예상되는 것보다 범죄가 30% 적다는 뜻이며, 95% 구간에 1이 포함되면 그 변화는 우연일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="158"/>
        <source>{count} more groups are in the evaluation table.</source>
        <translation>나머지 {count}개 묶음은 평가 표에 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="163"/>
        <source>Realised: the rate ratio's change on the treated streets against matched streets ('Evaluate installed facilities'). Predicted: the change in modelled risk the plan expected. A realised fall larger than predicted need not mean the forecast was wrong: a year of crimes on a few streets scatters widely.</source>
        <translation>실제 변화: 설치한 도로의 비교 도로 대비 발생비 변화('설치 시설 효과 평가'). 예측 변화: 계획 당시 모델이 예상한 위험도 변화. 실제 감소가 예측보다 크다고 해서 예측이 틀렸다는 뜻은 아닙니다. 몇몇 도로의 1년 치 범죄는 크게 흩어지기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/briefing_evaluation.py" line="170"/>
        <source>Did last year's facilities work?</source>
        <translation>지난해 설치한 시설은 효과가 있었습니까?</translation>
    </message>
</context>
<context>
    <name>BriefingEvaluationLayout</name>
    <message>
        <location filename="../qgis_io/briefing_evaluation.py" line="41"/>
        <source>The evaluation table '{layer}' has no field {fields}: use the Evaluation table (TABLE) output of 'Evaluate installed facilities'.</source>
        <translation>평가 표 '{layer}'에 {fields} 필드가 없습니다. '설치 시설 효과 평가'의 평가 표(TABLE) 출력을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing_evaluation.py" line="46"/>
        <source>The evaluation table '{layer}' has no rows: run 'Evaluate installed facilities' on installed facilities first, or leave the evaluation empty.</source>
        <translation>평가 표 '{layer}'에 행이 없습니다. 먼저 설치한 시설로 '설치 시설 효과 평가'를 실행하거나 평가를 비워 두십시오.</translation>
    </message>
</context>
<context>
    <name>BriefingLayout</name>
    <message>
        <location filename="../qgis_io/briefing.py" line="64"/>
        <source>Proposed CCTV site</source>
        <translation>제안 방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="64"/>
        <source>Proposed security light</source>
        <translation>제안 보안등</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="65"/>
        <source>Proposed emergency bell</source>
        <translation>제안 안심벨</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="65"/>
        <source>Proposed guard house</source>
        <translation>제안 여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="69"/>
        <source>1 — safest</source>
        <translation>1등급 — 가장 안전</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="69"/>
        <source>2 — safer</source>
        <translation>2등급 — 안전</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="69"/>
        <source>3 — middle</source>
        <translation>3등급 — 보통</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="69"/>
        <source>4 — less safe</source>
        <translation>4등급 — 관리 필요</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="69"/>
        <source>5 — least safe</source>
        <translation>5등급 — 집중 관리 필요</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="73"/>
        <source>safer by 4 grades</source>
        <translation>등급 4단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="73"/>
        <source>safer by 3 grades</source>
        <translation>등급 3단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="73"/>
        <source>safer by 2 grades</source>
        <translation>등급 2단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="74"/>
        <source>safer by 1 grade</source>
        <translation>등급 1단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="74"/>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="90"/>
        <source>Briefing template '{path}' cannot be read: {error}</source>
        <translation>보고 자료 템플릿 '{path}'을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="94"/>
        <source>Briefing template '{path}' is not a QGIS layout template (.qpt).</source>
        <translation>보고 자료 템플릿 '{path}'은(는) QGIS 조판 템플릿(.qpt)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="98"/>
        <source>QGIS could not load the briefing template '{path}'.</source>
        <translation>QGIS가 보고 자료 템플릿 '{path}'을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="103"/>
        <source>'{id}' ({kind})</source>
        <translation>'{id}'({kind})</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="106"/>
        <source>Briefing template '{path}' has no item with the id {ids}. Every item listed under "Briefing templates" in the README must be in the template; start from a shipped template (resources/layouts) and keep the ids.</source>
        <translation>보고 자료 템플릿 '{path}'에 id가 {ids}인 항목이 없습니다. README의 "Briefing templates"에 나열된 모든 항목이 템플릿에 있어야 합니다. 함께 제공되는 템플릿(resources/layouts)에서 시작하고 id는 그대로 두십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="130"/>
        <source>The font '{font}' of item '{id}' in the briefing template '{path}' is not installed, so its text would print in another font or as empty boxes. Install it (the shipped templates use NanumBarunGothic: 'sudo apt install fonts-nanum' on Debian or Ubuntu; on Windows and macOS install the Nanum fonts from hangeul.naver.com) or choose an installed font in the template.</source>
        <translation>보고 자료 템플릿 '{path}'의 항목 '{id}'에 쓰인 글꼴 '{font}'이(가) 설치되어 있지 않아 글자가 다른 글꼴이나 빈 네모로 인쇄됩니다. 글꼴을 설치하거나(제공 템플릿은 NanumBarunGothic 사용: Debian·Ubuntu에서는 'sudo apt install fonts-nanum', Windows·macOS에서는 hangeul.naver.com에서 나눔 글꼴 설치) 템플릿에서 설치된 글꼴을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="190"/>
        <source>Safety grade before</source>
        <translation>시행 전 안전등급</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="195"/>
        <source>Proposed sites: {name}</source>
        <translation>제안 시설 지점: {name}</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="197"/>
        <source>Proposed safe-return routes: {name}</source>
        <translation>제안 안심귀갓길: {name}</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="201"/>
        <source>Safety grade with {name}</source>
        <translation>{name} 시행 시 안전등급</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="203"/>
        <source>Grade change with {name}</source>
        <translation>{name} 시행 시 등급 변화</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="207"/>
        <source>The briefing layer '{name}' in {path} did not open.</source>
        <translation>{path}의 보고 자료 레이어 '{name}'을(를) 열지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="224"/>
        <source>Could not apply the style {style}.qml: {message}</source>
        <translation>스타일 {style}.qml을(를) 적용할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="299"/>
        <location filename="../qgis_io/briefing.py" line="300"/>
        <source>Safety grade</source>
        <translation>안전등급</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="300"/>
        <location filename="../qgis_io/briefing.py" line="303"/>
        <source>Proposed facilities</source>
        <translation>제안 시설</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="301"/>
        <location filename="../qgis_io/briefing.py" line="304"/>
        <source>Proposed safe-return route</source>
        <translation>제안 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="302"/>
        <location filename="../qgis_io/briefing.py" line="303"/>
        <source>Grade change</source>
        <translation>등급 변화</translation>
    </message>
    <message>
        <location filename="../qgis_io/briefing.py" line="486"/>
        <source>Could not write the briefing PDF '{path}' (QGIS export error {code}): check the folder is writable and the file is not open in another program.</source>
        <translation>보고 자료 PDF '{path}'을(를) 쓸 수 없습니다(QGIS 내보내기 오류 {code}). 폴더에 쓰기 권한이 있는지, 파일이 다른 프로그램에서 열려 있지 않은지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>CompareGradesAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="35"/>
        <source>Compare two gradings</source>
        <translation>두 시기 등급 비교</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="38"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="44"/>
        <source>This period's grades against the previous period's: which segments moved to a safer or a less safe grade, and km by grade before and after. Segments are matched by seg_id when both layers carry the same ids along the same streets, otherwise by position (the previous segment nearest to each midpoint within MATCH_M metres); an unmatched segment is new.

OUTPUT: this period's segments with previous_grade, grade_change (negative = safer) and change (safer, same, less_safe, new), styled so moves stand out. TABLE: km by grade, previous and now.</source>
        <translation>이번 시기 등급을 지난 시기 등급과 비교합니다. 어느 구간이 더 안전한 등급이나 관리 필요 쪽 등급으로 바뀌었는지, 등급별 길이(km)가 전후로 어떻게 달라졌는지 보여 줍니다. 두 레이어의 seg_id가 같은 도로를 가리키면 seg_id로, 아니면 위치로(각 구간 중점에서 MATCH_M 미터 안의 가장 가까운 지난 시기 구간) 짝을 짓고, 짝이 없는 구간은 새 구간입니다.

OUTPUT: 이번 시기 구간에 previous_grade, grade_change(음수 = 더 안전), change(safer, same, less_safe, new)를 붙이고, 바뀐 곳이 눈에 띄도록 스타일을 입힙니다. TABLE: 등급별 길이(km), 지난 시기와 이번 시기.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="53"/>
        <source>The output of 'Grade streets' for this period.</source>
        <translation>이번 시기의 '도로 등급 매기기' 결과입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="54"/>
        <location filename="../processing_algorithms/compare_grades.py" line="77"/>
        <location filename="../processing_algorithms/compare_grades.py" line="79"/>
        <source>This period's graded segments</source>
        <translation>이번 시기 등급 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="56"/>
        <source>The output of 'Grade streets' for the previous period.</source>
        <translation>지난 시기의 '도로 등급 매기기' 결과입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="57"/>
        <location filename="../processing_algorithms/compare_grades.py" line="82"/>
        <source>Previous period's graded segments</source>
        <translation>지난 시기 등급 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="59"/>
        <source>A segment takes the previous grade of the segment nearest to its midpoint within this distance.</source>
        <translation>구간 중점에서 이 거리 안의 가장 가까운 구간의 지난 등급을 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="60"/>
        <source>Matching distance (m)</source>
        <translation>짝 짓기 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="64"/>
        <source>This period's segments with previous_grade, grade_change and change.</source>
        <translation>이번 시기 구간에 previous_grade, grade_change, change를 붙입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="65"/>
        <source>Grade changes</source>
        <translation>등급 변화</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="67"/>
        <source>One row per grade: km previously and now.</source>
        <translation>등급마다 한 행: 지난 시기와 이번 시기의 길이(km).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="68"/>
        <source>Km by grade</source>
        <translation>등급별 길이(km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="88"/>
        <source>No segment of this period's layer lies on a segment of the previous period's: check that both cover the same streets and are in the right CRS.</source>
        <translation>이번 시기 레이어의 어떤 구간도 지난 시기 구간과 겹치지 않습니다. 두 레이어가 같은 도로를 담고 있는지, 좌표계가 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="109"/>
        <source>{safer:,} segments moved to a safer grade, {less_safe:,} to a less safe one; {new:,} are new.</source>
        <translation>구간 {safer:,}개가 더 안전한 등급으로, {less_safe:,}개가 관리 필요 쪽 등급으로 바뀌었습니다. 새 구간은 {new:,}개입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="113"/>
        <source>Grade {grade}: {before:.2f} km before, {after:.2f} km now.</source>
        <translation>{grade}등급: 전 {before:.2f} km, 현재 {after:.2f} km.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compare_grades.py" line="130"/>
        <source>The km-by-grade table could not be written.</source>
        <translation>등급별 길이 표를 저장하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ComputeFactorsAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="31"/>
        <source>CCTV sites</source>
        <translation>방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="32"/>
        <source>Security and street lights</source>
        <translation>보안등·가로등</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="33"/>
        <source>Emergency bells</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="34"/>
        <source>Women's safety guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="35"/>
        <source>Police boxes</source>
        <translation>지구대·파출소</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="36"/>
        <source>Risk sites (e.g. entertainment venues)</source>
        <translation>위험요인 시설(예: 유흥업소)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="40"/>
        <source>CCTV reach (m)</source>
        <translation>CCTV 영향 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="41"/>
        <source>Cameras within this distance of a segment count in cctv_n (CCTV deters within about 50 m).</source>
        <translation>구간에서 이 거리 안에 있는 카메라를 cctv_n에 셉니다(CCTV의 범죄 억제 효과는 약 50 m 안에서 나타납니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="42"/>
        <source>Light reach (m)</source>
        <translation>조명 영향 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="43"/>
        <source>Lights within this distance count in light_n (a light serves about half the local spacing, 15–25 m).</source>
        <translation>이 거리 안의 조명을 light_n에 셉니다(조명 하나가 비추는 범위는 설치 간격의 절반 정도인 15~25 m입니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="45"/>
        <source>Crime snapping distance (m)</source>
        <translation>범죄 지점 스냅 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="46"/>
        <source>Each crime counts on its nearest segment within this distance; farther crimes are counted in the log.</source>
        <translation>각 범죄는 이 거리 안에서 가장 가까운 구간에 셉니다. 더 멀리 있는 범죄는 로그에 개수를 남깁니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="48"/>
        <source>Distance cap (m)</source>
        <translation>거리 상한(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="49"/>
        <source>Nearest-facility distances (cctv_d, light_d, bell_d, …) are capped here so a missing facility far away does not dominate the model.</source>
        <translation>가장 가까운 시설까지의 거리(cctv_d, light_d, bell_d, …)를 이 값에서 자릅니다. 멀리 떨어져 없는 시설이 모델을 좌우하지 않게 하기 위해서입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="53"/>
        <source>Risk-site reach (m)</source>
        <translation>위험요인 시설 영향 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="54"/>
        <source>Risk sites within this distance count in risk_n.</source>
        <translation>이 거리 안의 위험요인 시설을 risk_n에 셉니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="55"/>
        <source>Extra point layers' reach (m)</source>
        <translation>추가 점 레이어 영향 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="56"/>
        <source>Points of each extra layer within this distance count in &lt;layer&gt;_n.</source>
        <translation>각 추가 레이어에서 이 거리 안에 있는 점을 &lt;layer&gt;_n에 셉니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="57"/>
        <source>Safe-return route tolerance (m)</source>
        <translation>안심귀갓길 허용 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="58"/>
        <source>A segment runs along a safe-return route when its midpoint and both ends lie within this distance of the route (published route geometries are approximate).</source>
        <translation>구간의 중간점과 양 끝점이 모두 안심귀갓길에서 이 거리 안에 있으면 그 구간은 안심귀갓길 위에 있다고 봅니다(공개된 안심귀갓길 도형은 근사값입니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="60"/>
        <source>Junction snapping tolerance (m)</source>
        <translation>교차로 스냅 허용 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="61"/>
        <source>Segment ends this close together form one node when finding dead ends and junctions.</source>
        <translation>막다른 길과 교차로를 찾을 때 이만큼 가까운 구간 끝점들을 하나의 노드로 봅니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="66"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="66"/>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="66"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="89"/>
        <source>Compute safety factors</source>
        <translation>안전 요인 계산</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="92"/>
        <source>Safety factors</source>
        <translation>안전 요인</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="98"/>
        <source>Joins crime, night-time population and facility layers to street segments (from Segment streets, or any line layer) as the safety factors the model learns from. Every layer but the segments is optional; a layer you leave out leaves its fields out (never zero-filled). Every distance is metres on the ground: the work is done in the segments' CRS, or in their local UTM zone when that CRS is in degrees or feet or more than 1 % off scale (Web Mercator), and the log says which; layers in another CRS are reprojected to it. Distances are measured to the segment line, not its midpoint.

Fields written: cctv_n (cameras within CCTV reach, site camera counts summed), cctv_d (m to nearest CCTV site); light_n, light_d; bell_d; guard_d; police_d; risk_n (risk sites within 50 m); route (1 if along a safe-return route); pop_night (female night-time population per km²); dead_end (1 if the piece of street ends in a dead end); junction_d (m along the street to the nearest junction); width_m (from WIDTH_FIELD); crime_n (crimes snapped to their nearest segment within CRIME_SNAP, each counted once) and, when a date field is given, one count per period (CRIME_PERIOD): crime_n_2016 per year, crime_n_2016q3 per quarter or crime_n_201607 per month; &lt;layer&gt;_n and &lt;layer&gt;_d for extra point layers. Distances are capped at DISTANCE_CAP (default 1000 m).</source>
        <translation>범죄, 야간 여성 생활인구, 시설 레이어를 도로 구간('도로 구간 분할'의 출력 또는 임의의 선 레이어)에 결합하여 모델이 학습할 안전 요인으로 만듭니다. 구간 레이어 외의 모든 레이어는 선택 사항이며, 생략한 레이어의 필드는 만들지 않습니다(0으로 채우지 않음). 모든 거리는 실제 지표면 거리(m)입니다. 작업은 구간 레이어의 좌표계에서 하되, 그 좌표계가 도 또는 피트 단위이거나 축척 오차가 1%를 넘으면(Web Mercator) 해당 지역의 UTM 구역에서 하며, 어느 쪽인지 로그에 남깁니다. 다른 좌표계의 레이어는 그 좌표계로 재투영합니다. 거리는 구간의 중점이 아니라 구간 선까지 잽니다.

작성 필드: cctv_n(CCTV 반경 안의 카메라 수, 방범용 CCTV 지점별 카메라 대수 합계), cctv_d(가장 가까운 방범용 CCTV까지 m); light_n, light_d; bell_d; guard_d; police_d; risk_n(50 m 안의 위험요인 시설 수); route(안심귀갓길을 따라가면 1); pop_night(km²당 야간 여성 생활인구); dead_end(해당 도로 조각이 막다른 길로 끝나면 1); junction_d(가장 가까운 교차로까지 도로를 따라 잰 m); width_m(WIDTH_FIELD에서); crime_n(CRIME_SNAP 안에서 가장 가까운 구간에 붙인 범죄 수, 각 한 번만 셈), 날짜 필드가 주어지면 기간(CRIME_PERIOD)별 범죄 수: 연도별 crime_n_2016, 분기별 crime_n_2016q3 또는 월별 crime_n_201607; 추가 점 레이어마다 &lt;layer&gt;_n, &lt;layer&gt;_d. 거리는 DISTANCE_CAP(기본 1000 m)을 상한으로 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="115"/>
        <source>Segments from 'Segment streets' (any line layer works; seg_id and length_m are added if missing).</source>
        <translation>'도로 구간 분할'에서 만든 구간(다른 선 레이어도 됩니다. seg_id와 length_m이 없으면 추가합니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="116"/>
        <location filename="../processing_algorithms/compute_factors.py" line="180"/>
        <source>Street segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="121"/>
        <source>{label} as points. Leave empty if you have no such layer.</source>
        <translation>{label}(점 레이어). 해당 레이어가 없으면 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="122"/>
        <source>Number of cameras at each CCTV site (a site with no value counts as one camera).</source>
        <translation>방범용 CCTV 설치 지점별 카메라 대수(값이 없는 지점은 1대로 셉니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="123"/>
        <source>Cameras per CCTV site</source>
        <translation>방범용 CCTV 지점별 카메라 대수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="126"/>
        <source>Safe-return routes (안심귀갓길) as lines.</source>
        <translation>안심귀갓길(선 레이어).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="127"/>
        <location filename="../processing_algorithms/compute_factors.py" line="227"/>
        <source>Safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="129"/>
        <source>Female night-time population, people per cell in band 1 (e.g. KT floating population on a 50 m grid). Used instead of the polygons when both are given.</source>
        <translation>야간 여성 생활인구, 밴드 1에 셀당 인구(예: 50 m 격자의 KT 생활인구). 폴리곤과 함께 주어지면 래스터를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="130"/>
        <location filename="../processing_algorithms/compute_factors.py" line="302"/>
        <source>Night-time population raster</source>
        <translation>야간 여성 생활인구 래스터</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="133"/>
        <source>Areas (e.g. 행정동) with a night-time population count each.</source>
        <translation>야간 여성 생활인구 수가 있는 구역(예: 행정동).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="134"/>
        <location filename="../processing_algorithms/compute_factors.py" line="314"/>
        <source>Night-time population polygons</source>
        <translation>야간 여성 생활인구 폴리곤</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="136"/>
        <source>People per polygon; divided by the polygon's area to give a density per km².</source>
        <translation>폴리곤별 인구수. 폴리곤 면적으로 나누어 km²당 밀도를 구합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="137"/>
        <source>Population count field</source>
        <translation>인구수 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="140"/>
        <source>Past crimes as points; the model's training target.</source>
        <translation>과거 범죄 발생 지점(점 레이어). 모델의 학습 대상입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="141"/>
        <location filename="../processing_algorithms/compute_factors.py" line="232"/>
        <location filename="../processing_algorithms/compute_factors.py" line="239"/>
        <source>Crimes</source>
        <translation>범죄</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="143"/>
        <source>Only crimes matching this QGIS expression count, e.g. "victim_sex" = 'F' or "type" IN ('rape', 'theft').</source>
        <translation>이 QGIS 표현식에 맞는 범죄만 셉니다. 예: "victim_sex" = 'F' 또는 "type" IN ('rape', 'theft').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="144"/>
        <source>Crime filter</source>
        <translation>범죄 필터</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="146"/>
        <source>A date, date-time, 'YYYY-MM-DD' or 'YYYY-MM' text or year field: adds a crime count per period (CRIME_PERIOD) for temporal validation and crime history.</source>
        <translation>날짜, 날짜·시간, 'YYYY-MM-DD' 또는 'YYYY-MM' 텍스트, 또는 연도 필드. 시간적 검증과 범죄 이력을 위해 기간(CRIME_PERIOD)별 범죄 수를 추가합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="147"/>
        <source>Crime date field</source>
        <translation>범죄 발생일 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="150"/>
        <source>Count crimes per year (crime_n_2016), quarter (crime_n_2016q3) or month (crime_n_201607). The model learns each period from the periods before it and predicts the next; quarters and months need dates with a month (police.uk publishes 'YYYY-MM').</source>
        <translation>범죄를 연도별(crime_n_2016), 분기별(crime_n_2016q3) 또는 월별(crime_n_201607)로 셉니다. 모델은 각 기간을 그 이전 기간들로부터 학습하고 다음 기간을 예측합니다. 분기와 월을 쓰려면 날짜에 월이 있어야 합니다(police.uk는 'YYYY-MM'으로 공개합니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="151"/>
        <source>Crime period</source>
        <translation>범죄 집계 기간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="157"/>
        <source>Street width in metres; written as width_m.</source>
        <translation>도로 폭(m). width_m으로 작성합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="158"/>
        <source>Street width field</source>
        <translation>도로 폭 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="160"/>
        <source>Any further point layers; each adds &lt;layer name&gt;_n (within the extra reach) and &lt;layer name&gt;_d.</source>
        <translation>그 밖의 점 레이어. 레이어마다 &lt;layer name&gt;_n(추가 영향 거리 안의 개수)과 &lt;layer name&gt;_d를 추가합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="161"/>
        <source>Extra point layers</source>
        <translation>추가 점 레이어</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="171"/>
        <source>The segments with every input field and the factor fields.</source>
        <translation>입력의 모든 필드와 요인 필드를 가진 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="172"/>
        <source>Segments with safety factors</source>
        <translation>안전 요인이 계산된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="188"/>
        <source>Street segments layer has no line geometries.</source>
        <translation>도로 구간 레이어에 선 도형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="190"/>
        <source>Street segments layer has multipart lines: run 'Segment streets' on it first.</source>
        <translation>도로 구간 레이어에 다중 부분 선이 있습니다. 먼저 '도로 구간 분할'을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="196"/>
        <source>Computing factors for {count:,} segments…</source>
        <translation>구간 {count:,}개의 요인을 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="208"/>
        <source>{parameter_id} ({label}) is {value:g}: it must be a distance greater than 0 m.</source>
        <translation>{parameter_id}({label}) 값이 {value:g}입니다. 0 m보다 큰 거리여야 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="251"/>
        <source>Crimes layer '{layer}': the date field '{field}' gives years only, so crimes cannot be counted per {period}. Pick a field with dates ('YYYY-MM-DD' or 'YYYY-MM'), or set CRIME_PERIOD to Year.</source>
        <translation>범죄 레이어 '{layer}': 날짜 필드 '{field}'에는 연도만 있어 범죄를 {period} 단위로 셀 수 없습니다. 날짜('YYYY-MM-DD' 또는 'YYYY-MM')가 든 필드를 고르거나 CRIME_PERIOD를 연도로 설정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="268"/>
        <source>{label}: reprojected from {source_crs} to {crs}.</source>
        <translation>{label}: {source_crs}에서 {crs}로 재투영했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="271"/>
        <source>{label}: {matching:,} of {total:,} match the filter {expression}.</source>
        <translation>{label}: {total:,}개 중 {matching:,}개가 필터 {expression}에 맞습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="282"/>
        <source>Extra layer '{layer}'</source>
        <translation>추가 레이어 '{layer}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="285"/>
        <source>{label} gives fields {name}_n and {name}_d.</source>
        <translation>{label}에서 {name}_n, {name}_d 필드를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="311"/>
        <source>Night-time population polygons were given without POPULATION_FIELD: pick the field with the number of people in each polygon.</source>
        <translation>야간 여성 생활인구 폴리곤에 POPULATION_FIELD가 지정되지 않았습니다. 폴리곤별 인구수가 담긴 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/compute_factors.py" line="329"/>
        <source>{label} layer '{source_name}' has no features. Leave the parameter empty if the district has none, or check the layer's filter.</source>
        <translation>{label} 레이어 '{source_name}'에 객체가 없습니다. 지역에 해당 시설이 없으면 파라미터를 비워 두고, 아니면 레이어의 필터를 확인하십시오.</translation>
    </message>
    <message>
        <source>Joins crime, night-time population and facility layers to street segments (from Segment streets, or any line layer) as the safety factors the model learns from. Every layer but the segments is optional; a layer you leave out leaves its fields out (never zero-filled). Every distance is metres on the ground: the work is done in the segments' CRS, or in their local UTM zone when that CRS is in degrees or feet or more than 1 % off scale (Web Mercator), and the log says which; layers in another CRS are reprojected to it. Distances are measured to the segment line, not its midpoint.

Fields written: cctv_n (cameras within CCTV reach, site camera counts summed), cctv_d (m to nearest CCTV site); light_n, light_d; bell_d; guard_d; police_d; risk_n (risk sites within 50 m); route (1 if along a safe-return route); pop_night (female night-time population per km²); dead_end (1 if the piece of street ends in a dead end); junction_d (m along the street to the nearest junction); width_m (from WIDTH_FIELD); crime_n (crimes snapped to their nearest segment within CRIME_SNAP, each counted once) and crime_n_&lt;year&gt; per year when a date field is given; &lt;layer&gt;_n and &lt;layer&gt;_d for extra point layers. Distances are capped at DISTANCE_CAP (default 1000 m).</source>
        <translation type="obsolete">범죄, 야간 여성 생활인구, 시설 레이어를 도로 구간('도로 구간 분할'의 출력 또는 임의의 선 레이어)에 결합하여 모델이 학습할 안전 요인으로 만듭니다. 구간 레이어 외의 모든 레이어는 선택 사항이며, 생략한 레이어의 필드는 만들지 않습니다(0으로 채우지 않음). 모든 거리는 실제 지표면 거리(m)입니다. 작업은 구간 레이어의 좌표계에서 하되, 그 좌표계가 도 또는 피트 단위이거나 축척 오차가 1%를 넘으면(Web Mercator) 해당 지역의 UTM 구역에서 하며, 어느 쪽인지 로그에 남깁니다. 다른 좌표계의 레이어는 그 좌표계로 재투영합니다. 거리는 구간의 중점이 아니라 구간 선까지 잽니다.

작성 필드: cctv_n(CCTV 반경 안의 카메라 수, 방범용 CCTV 지점별 카메라 대수 합계), cctv_d(가장 가까운 방범용 CCTV까지 m); light_n, light_d; bell_d; guard_d; police_d; risk_n(50 m 안의 위험요인 시설 수); route(안심귀갓길을 따라가면 1); pop_night(km²당 야간 여성 생활인구); dead_end(해당 도로 조각이 막다른 길로 끝나면 1); junction_d(가장 가까운 교차로까지 도로를 따라 잰 m); width_m(WIDTH_FIELD에서); crime_n(CRIME_SNAP 안에서 가장 가까운 구간에 붙인 범죄 수, 각 한 번만 셈), 날짜 필드가 주어지면 연도별 crime_n_&lt;year&gt;; 추가 점 레이어마다 &lt;layer&gt;_n, &lt;layer&gt;_d. 거리는 DISTANCE_CAP(기본 1000 m)을 상한으로 합니다.</translation>
    </message>
    <message>
        <source>A date, date-time, 'YYYY-MM-DD' text or year field: adds crime_n_&lt;year&gt; per year for temporal validation.</source>
        <translation type="obsolete">날짜, 날짜·시간, 'YYYY-MM-DD' 텍스트 또는 연도 필드. 시간적 검증을 위해 연도별 crime_n_&lt;year&gt;를 추가합니다.</translation>
    </message>
    <message>
        <source>Joins crime, night-time population and facility layers to street segments (from Segment streets, or any line layer) as the safety factors the model learns from. Every layer but the segments is optional; a layer you leave out leaves its fields out (never zero-filled). Layers in another CRS are reprojected to the segments' CRS; distances are measured to the segment line, not its midpoint.

Fields written: cctv_n (cameras within CCTV reach, site camera counts summed), cctv_d (m to nearest CCTV site); light_n, light_d; bell_d; guard_d; police_d; risk_n (risk sites within 50 m); route (1 if along a safe-return route); pop_night (female night-time population per km²); dead_end (1 if the piece of street ends in a dead end); junction_d (m along the street to the nearest junction); width_m (from WIDTH_FIELD); crime_n (crimes snapped to their nearest segment within CRIME_SNAP, each counted once) and crime_n_&lt;year&gt; per year when a date field is given; &lt;layer&gt;_n and &lt;layer&gt;_d for extra point layers. Distances are capped at DISTANCE_CAP (default 1000 m).</source>
        <translation type="obsolete">범죄, 야간 여성 생활인구, 시설 레이어를 도로 구간('도로 구간 분할'의 출력 또는 임의의 선 레이어)에 결합하여 모델이 학습할 안전 요인을 만듭니다. 구간 레이어 외의 모든 레이어는 선택 사항입니다. 비워 둔 레이어의 필드는 만들지 않습니다(0으로 채우지 않습니다). 좌표계가 다른 레이어는 구간의 좌표계로 재투영하며, 거리는 구간의 중간점이 아니라 구간 선까지 잽니다.

작성하는 필드: cctv_n(CCTV 영향 거리 안의 카메라 수, 설치 지점별 카메라 대수 합계), cctv_d(가장 가까운 방범용 CCTV 설치 지점까지의 거리, m); light_n, light_d; bell_d; guard_d; police_d; risk_n(50 m 안의 위험요인 시설 수); route(안심귀갓길 위이면 1); pop_night(km²당 야간 여성 생활인구); dead_end(막다른 길로 끝나는 도로 조각이면 1); junction_d(도로를 따라 가장 가까운 교차로까지의 거리, m); width_m(WIDTH_FIELD에서); crime_n(CRIME_SNAP 안에서 가장 가까운 구간에 연결한 범죄 수, 각 범죄는 한 번만 셈)과 날짜 필드가 있으면 연도별 crime_n_&lt;year&gt;; 추가 점 레이어마다 &lt;layer&gt;_n과 &lt;layer&gt;_d. 거리는 DISTANCE_CAP(기본값 1000 m)에서 자릅니다.</translation>
    </message>
</context>
<context>
    <name>CrimeAreaInput</name>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="29"/>
        <source>Crime counts per area</source>
        <translation>구역별 범죄 건수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="30"/>
        <source>Where crime points cannot be shared: polygons with a crime count each (100 m or 50 m grid cells, 행정동, police districts), one row per area and period. Each segment gets the areas it lies in, by length share (area_id, area_share, area2_id, area2_share) and its main area's counts (area_n, area_n_&lt;year&gt;); 'Train safety model' then learns from the counts.</source>
        <translation>범죄 발생 지점을 받을 수 없을 때: 범죄 건수가 있는 폴리곤(100 m·50 m 격자, 행정동, 경찰서 관할 구역)으로, 구역과 기간마다 한 행입니다. 각 구간에 길이 비율로 속한 구역(area_id, area_share, area2_id, area2_share)과 주 구역의 건수(area_n, area_n_&lt;year&gt;)를 기록하며, '안전 모델 학습'이 이 건수로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="35"/>
        <source>Crime count field</source>
        <translation>범죄 건수 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="36"/>
        <source>The number of crimes in each area (a whole number, 0 where none was recorded).</source>
        <translation>각 구역의 범죄 건수(정수, 기록된 범죄가 없으면 0).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="38"/>
        <source>Crime count period field</source>
        <translation>범죄 건수 기간 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="40"/>
        <source>Optional: the period of each row, as a year (2024), a month (2024-03) or a date; months and dates are added up per year, giving area_n_&lt;year&gt; for a temporal test.</source>
        <translation>선택: 각 행의 기간으로, 연도(2024), 연월(2024-03) 또는 날짜입니다. 월과 날짜는 연도별로 합하여 시간 검증용 area_n_&lt;year&gt;를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="53"/>
        <source>Crime areas layer '{layer}' was given without CRIME_AREA_COUNT_FIELD: pick the field with the number of crimes in each area.</source>
        <translation>범죄 구역 레이어 '{layer}'에 CRIME_AREA_COUNT_FIELD가 지정되지 않았습니다. 각 구역의 범죄 건수가 있는 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="57"/>
        <source>Crime areas layer '{layer}' has no features.</source>
        <translation>범죄 구역 레이어 '{layer}'에 객체가 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="61"/>
        <source>Crime areas layer '{layer}' has no field '{field}'.</source>
        <translation>범죄 구역 레이어 '{layer}'에 '{field}' 필드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="71"/>
        <source>Crime areas layer '{layer}' has no polygon geometries.</source>
        <translation>범죄 구역 레이어 '{layer}'에 폴리곤 도형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="85"/>
        <source>Crime areas '{layer}': {areas:,} areas{years}; segments carry their areas and counts for training from counts per area.</source>
        <translation>범죄 구역 '{layer}': 구역 {areas:,}개{years}. 구간마다 구역과 건수를 기록하여 구역별 건수로 학습할 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="88"/>
        <source>, years {years}</source>
        <translation>, 연도 {years}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="90"/>
        <source>{count:,} area(s) of '{layer}' contain no street segment ({names}…); their {crimes} crime(s) cannot be placed on a street and are left out of training. Check that the street layer covers them.</source>
        <translation>'{layer}'의 구역 {count:,}개에 도로 구간이 없습니다({names}…). 이 구역의 범죄 {crimes}건은 도로에 둘 수 없어 학습에서 빠집니다. 도로 레이어가 이 구역을 덮는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/crime_area_input.py" line="96"/>
        <source>{count:,} segments lie outside every crime area; the model learns nothing from them but grades them too.</source>
        <translation>구간 {count:,}개가 어떤 범죄 구역에도 속하지 않습니다. 모델은 이 구간에서 배우지 않지만 등급은 매깁니다.</translation>
    </message>
</context>
<context>
    <name>CrimeAreas</name>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="154"/>
        <source>Areas of layer '{layer}' overlap: {pairs} share {metres:.0f} m of street. Each crime must be counted in one area only; fix the polygons (e.g. with 'Fix geometries' and 'Check validity') and run again.</source>
        <translation>레이어 '{layer}'의 구역이 겹칩니다: {pairs}가 도로 {metres:.0f} m를 함께 덮습니다. 범죄는 한 구역에만 세어야 합니다. 폴리곤을 고친 뒤(예: '도형 수정'과 '유효성 검사') 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="166"/>
        <source>The count field '{field}' of layer '{layer}' holds text, not numbers. Choose a numeric field, or convert it with the Field calculator (to_int("{field}")).</source>
        <translation>레이어 '{layer}'의 건수 필드 '{field}'에 숫자가 아닌 텍스트가 들어 있습니다. 숫자 필드를 고르거나 필드 계산기로 변환하십시오(to_int("{field}")).</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="170"/>
        <source>The count field '{field}' of layer '{layer}' holds text such as '{example}' in {count} area(s). Give every area a whole number of crimes.</source>
        <translation>레이어 '{layer}'의 건수 필드 '{field}'에 '{example}' 같은 텍스트가 구역 {count}개에 있습니다. 모든 구역에 범죄 건수를 정수로 넣으십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="175"/>
        <source>{count} area(s) of layer '{layer}' have no value in the count field '{field}'. Give them a count (0 where no crime was recorded) or remove them.</source>
        <translation>레이어 '{layer}'의 구역 {count}개에 건수 필드 '{field}' 값이 없습니다. 건수를 넣거나(기록된 범죄가 없으면 0) 그 구역을 지우십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="180"/>
        <source>{count} area(s) of layer '{layer}' have a negative count in '{field}'. Crime counts cannot be negative; correct them.</source>
        <translation>레이어 '{layer}'의 구역 {count}개의 '{field}' 건수가 음수입니다. 범죄 건수는 음수일 수 없으니 고치십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="206"/>
        <source>The period field '{field}' of layer '{layer}' holds '{value}', which is not a year, a month (YYYY-MM) or a date (YYYY-MM-DD).</source>
        <translation>레이어 '{layer}'의 기간 필드 '{field}'에 든 '{value}'는 연도, 연월(YYYY-MM), 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="302"/>
        <source>Layer '{layer}' has the same area more than once in one period. Give each area one row per period, or choose the period field (CRIME_AREA_PERIOD_FIELD) that tells the rows apart.</source>
        <translation>레이어 '{layer}'에 한 기간에 같은 구역이 두 번 이상 있습니다. 구역마다 기간별로 한 행만 두거나, 행을 구별하는 기간 필드(CRIME_AREA_PERIOD_FIELD)를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/crime_areas.py" line="317"/>
        <source>No street segment lies in any area of layer '{layer}': check that the areas cover the streets' district and that both layers have the right coordinate reference system.</source>
        <translation>레이어 '{layer}'의 어느 구역에도 도로 구간이 없습니다. 구역이 도로가 있는 지역을 덮는지, 두 레이어의 좌표계가 맞는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../engine/demo/district.py" line="37"/>
        <source>Crimes are synthetic, drawn from Anshim's documented ground-truth risk function; they are not real crime records.</source>
        <translation>범죄 데이터는 안심 문서에 공개된 '참값' 위험 함수(정답으로 정해 둔 위험 함수)에서 생성한 합성 데이터이며 실제 범죄 기록이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>DemoEvaluation</name>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="32"/>
        <source>security lights</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="32"/>
        <source>CCTV</source>
        <translation>방범용 CCTV</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="110"/>
        <source>Did it work? Simulated installations evaluated against matched streets:</source>
        <translation>효과가 있었는가: 모의 설치 시설을 짝지은 비교 도로와 견주어 평가한 결과</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="111"/>
        <source>group</source>
        <translation>묶음</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="111"/>
        <source>rate ratio (95% interval)</source>
        <translation>발생비(95% 구간)</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="112"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="112"/>
        <source>realised</source>
        <translation>실제</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="112"/>
        <source>true</source>
        <translation>참값</translation>
    </message>
    <message>
        <location filename="../scripts/demo_evaluation.py" line="112"/>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>2024 plan</source>
        <translation type="obsolete">2024년 계획</translation>
    </message>
    <message>
        <source>placebo (nothing installed)</source>
        <translation type="obsolete">위약 대조(설치 없음)</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../scripts/run_demo.py" line="49"/>
        <source>safest</source>
        <translation>가장 안전</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="49"/>
        <source>safer</source>
        <translation>안전</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="49"/>
        <source>middle</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="49"/>
        <source>less safe</source>
        <translation>관리 필요</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="49"/>
        <source>least safe</source>
        <translation>집중 관리 필요</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="58"/>
        <source>{seconds:6.1f} s</source>
        <translation>{seconds:6.1f}초</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="86"/>
        <source>Safety grade (1 safest … 5 least safe)</source>
        <translation>안전등급(1등급 가장 안전 … 5등급 집중 관리 필요)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="121"/>
        <source>Safe-return routes by need ({count}; grade 1 safest … 5 least safe):</source>
        <translation>개선이 시급한 순서로 본 안심귀갓길({count}개, 1등급 가장 안전 … 5등급 집중 관리 필요)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>route</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>length m</source>
        <translation>길이(m)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>grades 4–5</source>
        <translation>4~5등급</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>dark gap m</source>
        <translation>어두운 구간(m)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="122"/>
        <source>no CCTV m</source>
        <translation>CCTV 공백(m)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="123"/>
        <source>bell gap m</source>
        <translation>안심벨 간격(m)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="145"/>
        <source>Anshim demo district — safety grades (crimes are synthetic)</source>
        <translation>안심 시연용 가상 지역 — 안전등급(범죄는 합성 데이터)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="147"/>
        <source>Night-time population (people per 50 m cell)</source>
        <translation>야간 여성 생활인구(50 m 셀당 인구)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="151"/>
        <location filename="../scripts/run_demo.py" line="167"/>
        <source>Safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="152"/>
        <source>Lights</source>
        <translation>보안등·가로등</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="153"/>
        <source>CCTV sites (sensitive: keep internal)</source>
        <translation>방범용 CCTV 설치 지점(민감 정보: 내부용)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="154"/>
        <source>Emergency bells</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="155"/>
        <source>Women's safety guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="156"/>
        <source>Police boxes</source>
        <translation>지구대·파출소</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="157"/>
        <source>Risk sites (entertainment venues)</source>
        <translation>위험요인 시설(유흥업소)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="158"/>
        <source>SYNTHETIC crimes (not real records)</source>
        <translation>합성 범죄 데이터(실제 기록 아님)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="199"/>
        <source>Anshim demo district — street safety grades</source>
        <translation>안심 시연용 가상 지역 — 도로 구간 안전등급</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="207"/>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="211"/>
        <source>Generated demo district (EPSG:5186). Crimes used to train the model are SYNTHETIC, drawn from Anshim's ground-truth risk function; they are not real crime records. CCTV is shown aggregated to segments only.</source>
        <translation>생성한 시연용 가상 지역(EPSG:5186). 모델 학습에 쓴 범죄는 안심의 '참값' 위험 함수(정답으로 정해 둔 위험 함수)에서 생성한 합성 데이터이며 실제 범죄 기록이 아닙니다. CCTV는 구간별 합계로만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="234"/>
        <source>CCTV at the riskiest streets</source>
        <translation>고위험 도로 방범용 CCTV 설치안</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="234"/>
        <source>Lights and bells</source>
        <translation>보안등·안심벨 설치안</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="241"/>
        <source>2024 plan</source>
        <translation>2024년 계획</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="241"/>
        <source>placebo</source>
        <translation>대조군(설치 없음)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="276"/>
        <source>pole with two cameras</source>
        <translation>카메라 2대를 단 지주</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="276"/>
        <source>LED security light</source>
        <translation>LED 보안등</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="277"/>
        <source>emergency bell</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="294"/>
        <source>Safer night-time streets: two options</source>
        <translation>더 안전한 밤길: 두 가지 안</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="295"/>
        <source>Demo district, safety policy team</source>
        <translation>가상구 안전정책과</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="308"/>
        <source>Segments graded: {count:,} ({km:,.1f} km)</source>
        <translation>등급을 매긴 도로 구간: {count:,}개({km:,.1f} km)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="310"/>
        <source>grade {grade} ({words})</source>
        <translation>{grade}등급({words})</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="314"/>
        <source>cross-validation, whole streets held out</source>
        <translation>교차 검증(도로 단위로 분리)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="315"/>
        <source>later period held out</source>
        <translation>이후 기간 검증</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="316"/>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="316"/>
        <source>crime density map</source>
        <translation>범죄 밀도 지도</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="317"/>
        <source>crime density along the streets</source>
        <translation>도로를 따라 잰 범죄 밀도</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="318"/>
        <source>last period's crime count</source>
        <translation>직전 기간 범죄 건수</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="325"/>
        <source>PAI at 5% of street length, {validation}: {values}</source>
        <translation>위험도 상위 5%(도로 길이 기준)의 PAI, {validation}: {values}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="328"/>
        <source>cannot be computed</source>
        <translation>산출 불가</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="329"/>
        <source>Crimes are SYNTHETIC (drawn from Anshim's ground-truth risk function), not real records.</source>
        <translation>범죄 데이터는 합성 데이터입니다(안심의 '참값' 위험 함수에서 생성). 실제 범죄 기록이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="330"/>
        <source>Files in {folder}:</source>
        <translation>{folder}에 만든 파일:</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="359"/>
        <source>Anshim demo: generate → segment → factors → train → grade → style → audit routes → briefing</source>
        <translation>안심 시연: 가상 지역 생성 → 구간 분할 → 요인 계산 → 모델 학습 → 등급 산정 → 스타일 적용 → 안심귀갓길 점검 → 보고 자료</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="369"/>
        <source>Done in {seconds:,.0f} s. Open {project} in QGIS.</source>
        <translation>{seconds:,.0f}초 만에 끝났습니다. QGIS에서 {project}을(를) 여십시오.</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../engine/dependencies.py" line="11"/>
        <source>The Python package '{package}' is required for this step but is not installed. Install it: on Debian/Ubuntu 'sudo apt install {debian}'; on Windows, in the OSGeo4W Shell, 'python -m pip install {package}'; on macOS, with QGIS's own Python, '/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {package}'. Then restart QGIS.</source>
        <translation>이 단계에는 Python 패키지 '{package}'가 필요하지만 설치되어 있지 않습니다. 설치 방법: Debian/Ubuntu에서는 'sudo apt install {debian}', Windows에서는 OSGeo4W Shell에서 'python -m pip install {package}', macOS에서는 QGIS에 포함된 Python으로 '/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {package}'. 그다음 QGIS를 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../qgis_io/destinations.py" line="57"/>
        <source>{parameter}: the output {output} would overwrite the input layer {input} ({label}). Choose another file or table name. Input layers are never modified.</source>
        <translation>{parameter}: 출력 {output}이(가) 입력 레이어 {input}({label})을(를) 덮어쓰게 됩니다. 다른 파일이나 테이블 이름을 고르십시오. 입력 레이어는 절대 수정하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>EvaluateInterventionsAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="78"/>
        <source>Evaluate installed facilities</source>
        <translation>설치 시설 효과 평가</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="81"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="87"/>
        <source>Did the facilities installed last year cut crime, and was the forecast right? Each group of installed facilities (one per scenario and kind) is compared with matched streets: treated segments are those a facility reaches (the factors' reaches), the displacement ring the untreated segments within RING_M metres along the network, and controls untreated segments outside every ring in the same cell of street class, model risk and neighbourhood risk. Crimes are counted WINDOW_MONTHS before and after each facility's own installation month (that month left out).

OUTPUT: the segments with role (treated, ring, control, none) and eval_group. TABLE: one row per group with the weighted displacement difference (WDD), the rate ratio against the controls and the ring's, each with a 95 % interval, the model's predicted change (with MODEL) beside the realised one, the smallest fall the evaluation could detect (detectable_fall_pct: 80 % power, two-sided 5 % test; a smaller true effect usually reads as no clear change), and a verdict in words; with too few crimes it says so and gives no figure. REPORT: the same as an HTML page with a map.</source>
        <translation>작년에 설치한 시설이 범죄를 줄였는지, 예측이 맞았는지 봅니다. 설치 시설을 시나리오와 종류별로 묶어 비교 도로와 견줍니다. 처치 구간은 시설이 닿는 구간(요인 계산과 같은 거리), 전이 효과 확인 구역은 도로망을 따라 RING_M 미터 안의 처치되지 않은 구간, 비교 구간은 모든 전이 효과 확인 구역 밖에서 도로 유형·모델 위험도·주변 위험도가 같은 칸에 드는 구간입니다. 범죄는 시설마다 설치한 달을 빼고 그 전후 WINDOW_MONTHS개월씩 셉니다.

OUTPUT: role(treated, ring, control, none)과 eval_group이 붙은 구간. TABLE: 그룹마다 한 행으로, 가중 전이 차이(WDD), 비교 구간 대비 발생비와 전이 효과 확인 구역의 발생비를 각각 95% 구간과 함께 주고, MODEL이 있으면 모델의 예측 변화를 실제 변화 옆에 두며, 이 평가로 가려낼 수 있는 최소 감소폭(detectable_fall_pct: 검정력 80%, 양측 5% 검정. 실제 효과가 이보다 작으면 대개 뚜렷한 변화 없음으로 나옵니다)을 주고, 판단을 말로 적습니다. 범죄가 너무 적으면 그렇게 적고 수치는 내지 않습니다. REPORT: 같은 내용을 지도와 함께 담은 HTML 보고서.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="102"/>
        <source>The street segments as graded before installation: with a risk field (from 'Grade streets') or the factor fields of MODEL.</source>
        <translation>설치 전에 등급을 매긴 도로 구간입니다. risk 필드('도로 등급 매기기'의 결과)나 MODEL의 요인 필드가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="103"/>
        <source>Segments (graded, or with factors)</source>
        <translation>도로 구간(등급 또는 요인 포함)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="106"/>
        <source>Points with kind (cctv, light, bell or guardhouse), installed_on (YYYY-MM-DD), and optionally scenario, cameras and note.</source>
        <translation>kind(cctv, light, bell, guardhouse: CCTV, 보안등, 안심벨, 지킴이집)와 installed_on(YYYY-MM-DD)이 있는 점입니다. scenario(시나리오), cameras, note는 선택입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="107"/>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="144"/>
        <source>Installed sites</source>
        <translation>설치된 시설</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="110"/>
        <source>Lines with installed_on (YYYY-MM-DD), and optionally scenario and name.</source>
        <translation>installed_on(YYYY-MM-DD)이 있는 선입니다. scenario(시나리오)와 name은 선택입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="111"/>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="147"/>
        <source>Installed safe-return routes</source>
        <translation>설치된 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="113"/>
        <source>Crime points with a date, from before and after the installations.</source>
        <translation>날짜가 있는 범죄 지점입니다. 설치 전과 후의 기간을 모두 포함해야 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="114"/>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="151"/>
        <source>Crimes</source>
        <translation>범죄</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="116"/>
        <source>The crimes' date (a date field or text YYYY-MM-DD).</source>
        <translation>범죄 날짜입니다(날짜 필드 또는 YYYY-MM-DD 텍스트).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="117"/>
        <source>Crime date field</source>
        <translation>범죄 날짜 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="119"/>
        <source>Equal windows before and after each installation month.</source>
        <translation>설치한 달 전후로 같은 길이의 기간을 봅니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="120"/>
        <source>Months before and after</source>
        <translation>전후 비교 기간(개월)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="122"/>
        <source>Untreated segments this close along the network form the ring; controls lie beyond it.</source>
        <translation>도로망을 따라 이 거리 안의 비처치 구간이 전이 효과 확인 구역이 되고, 비교 구간은 그 바깥에서 고릅니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="123"/>
        <source>Displacement ring (m along the streets)</source>
        <translation>전이 효과 확인 구역(도로를 따라 m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="126"/>
        <source>The .anshim model of the time: its predicted change is shown beside what happened.</source>
        <translation>당시의 .anshim 모델입니다. 모델이 예측한 변화를 실제 결과와 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="127"/>
        <source>Model file (for the predicted change)</source>
        <translation>모델 파일(예측 변화용)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="129"/>
        <source>Every segment with role and eval_group.</source>
        <translation>모든 구간에 role과 eval_group을 붙입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="130"/>
        <source>Evaluated segments</source>
        <translation>평가 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="132"/>
        <source>One row per group.</source>
        <translation>그룹마다 한 행입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="133"/>
        <source>Evaluation table</source>
        <translation>평가 표</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="134"/>
        <source>The evaluation as an HTML page with a map of treated, ring and control streets.</source>
        <translation>처치·주변·비교 도로 지도가 들어간 HTML 평가 보고서입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="135"/>
        <source>Evaluation report</source>
        <translation>평가 보고서</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="135"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="140"/>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="190"/>
        <source>Segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="153"/>
        <source>{count} crimes have no readable date and are left out.</source>
        <translation>날짜를 읽을 수 없는 범죄 {count}건은 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="204"/>
        <source>Segments layer '{name}' has multipart features: run 'Segment streets' first.</source>
        <translation>도로 구간 레이어 '{name}'에 다중 부분 객체가 있습니다. 먼저 '도로 구간 나누기'를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="211"/>
        <source>Segments layer '{name}' has no risk field and no MODEL was given: controls are matched on the model's risk. Give the output of 'Grade streets', or the segments with factors and MODEL.</source>
        <translation>도로 구간 레이어 '{name}'에 risk 필드가 없고 MODEL도 지정하지 않았습니다. 비교 구간은 모델 위험도로 고릅니다. '도로 등급 매기기'의 결과를 주거나, 요인이 있는 구간과 MODEL을 함께 주십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="224"/>
        <source>{group}: {facilities} facilities, treated crimes {before:.0f} → {after:.0f}; rate ratio{figure}: {verdict}.</source>
        <translation>{group}: 시설 {facilities}개, 처치 구간 범죄 {before:.0f} → {after:.0f}건, 발생비{figure}: {verdict}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="229"/>
        <source>The model does not use the factors of {kind}: no predicted change for {group}.</source>
        <translation>모델이 {kind}의 요인을 쓰지 않습니다. {group}의 예측 변화는 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/evaluate_interventions.py" line="247"/>
        <source>The evaluation table could not be written.</source>
        <translation>평가 표를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Did the facilities installed last year cut crime, and was the forecast right? Each group of installed facilities (one per scenario and kind) is compared with matched streets: treated segments are those a facility reaches (the factors' reaches), the displacement ring the untreated segments within RING_M metres along the network, and controls untreated segments outside every ring in the same cell of street class, model risk and neighbourhood risk. Crimes are counted WINDOW_MONTHS before and after each facility's own installation month (that month left out).

OUTPUT: the segments with role (treated, ring, control, none) and eval_group. TABLE: one row per group with the weighted displacement difference (WDD), the rate ratio against the controls and the ring's, each with a 95 % interval, the model's predicted change (with MODEL) beside the realised one, and a verdict in words; with too few crimes it says so and gives no figure. REPORT: the same as an HTML page with a map.</source>
        <translation type="obsolete">작년에 설치한 시설이 범죄를 줄였는지, 예측이 맞았는지 봅니다. 설치 시설을 시나리오와 종류별로 묶어 비교 도로와 견줍니다. 처치 구간은 시설이 닿는 구간(요인 계산과 같은 거리), 전이 효과 확인 구역은 도로망을 따라 RING_M 미터 안의 처치되지 않은 구간, 비교 구간은 모든 전이 효과 확인 구역 밖에서 도로 유형·모델 위험도·주변 위험도가 같은 칸에 드는 구간입니다. 범죄는 시설마다 설치한 달을 빼고 그 전후 WINDOW_MONTHS개월씩 셉니다.

OUTPUT: role(treated, ring, control, none)과 eval_group이 붙은 구간. TABLE: 그룹마다 한 행으로, 가중 전이 차이(WDD), 비교 구간 대비 발생비와 전이 효과 확인 구역의 발생비를 각각 95% 구간과 함께 주고, MODEL이 있으면 모델의 예측 변화를 실제 변화 옆에 두며, 판단을 말로 적습니다. 범죄가 너무 적으면 그렇게 적고 수치는 내지 않습니다. REPORT: 같은 내용을 지도와 함께 담은 HTML 보고서.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../engine/planning/evaluation.py" line="145"/>
        <source>No installed facility was given.</source>
        <translation>설치된 시설이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="148"/>
        <source>No crime has a date: give the crimes layer and its date field (YYYY-MM-DD).</source>
        <translation>날짜가 있는 범죄가 없습니다. 범죄 레이어와 날짜 필드(YYYY-MM-DD)를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="154"/>
        <source>The installed {facility} reaches no street segment: check its position and the layers' CRS.</source>
        <translation>설치된 {facility}이(가) 닿는 도로 구간이 없습니다. 위치와 레이어 좌표계를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="158"/>
        <source>The installed {facility} went in on {date}, outside the crimes' dates ({first} to {last}): load crimes from before and after the installation.</source>
        <translation>설치된 {facility}의 설치일 {date}이(가) 범죄 자료 기간({first}~{last}) 밖에 있습니다. 설치 전후의 범죄를 불러오십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="163"/>
        <source>No crime after the installation of the {facility} ({date}): the crimes end in {last}. Evaluate once a full window of crimes after installation is recorded.</source>
        <translation>{facility} 설치({date}) 이후의 범죄가 없습니다. 범죄 자료는 {last}에 끝납니다. 설치 후 비교 기간만큼 범죄가 쌓인 뒤에 평가하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="169"/>
        <source>The crimes ({first} to {last}) do not cover {window} months before and after the installation of the {facility} ({date}): set the window to at most {fits} months or load more crimes.</source>
        <translation>범죄 자료({first}~{last})가 {facility} 설치({date}) 전후 {window}개월을 모두 담지 못합니다. 비교 기간을 {fits}개월 이하로 줄이거나 범죄 자료를 더 불러오십시오.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation.py" line="196"/>
        <source>Every segment lies within {ring_m:.0f} m of an installed facility: no street is left to compare with. Give a larger area of streets.</source>
        <translation>모든 구간이 설치 시설에서 {ring_m:.0f} m 안에 있어 비교할 도로가 남지 않습니다. 더 넓은 지역의 도로를 주십시오.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="14"/>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="14"/>
        <source>lights</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="14"/>
        <source>emergency bells</source>
        <translation>안심벨(비상벨)</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="15"/>
        <source>guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="15"/>
        <source>safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="17"/>
        <source>treated (reached by a facility)</source>
        <translation>처치 구간(시설이 닿는 곳)</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="17"/>
        <source>displacement ring</source>
        <translation>전이 효과 확인 구역</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="18"/>
        <source>matched control</source>
        <translation>비교 구간</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="55"/>
        <source>{change} %</source>
        <translation>{change}%</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="59"/>
        <source>{fall} %</source>
        <translation>{fall}%</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="68"/>
        <source>{group}: this evaluation could only have told a fall of {fall} or more; smaller effects read as no clear change. Longer windows (WINDOW_MONTHS) or more facilities make it sharper.</source>
        <translation>{group}: 이 평가로는 범죄가 {fall} 이상 줄었을 때만 가려낼 수 있었습니다. 그보다 작은 효과는 '뚜렷한 변화 없음'으로 나옵니다. 기간을 늘리거나(WINDOW_MONTHS) 시설이 많으면 더 정밀해집니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="108"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="108"/>
        <source>Facilities</source>
        <translation>시설 수</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="108"/>
        <source>Treated crimes before → after</source>
        <translation>처치 구간 범죄 전 → 후</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="108"/>
        <source>Matched controls before → after</source>
        <translation>비교 구간 전 → 후</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="109"/>
        <source>Ring before → after</source>
        <translation>전이 효과 확인 구역 전 → 후</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="109"/>
        <source>Rate ratio (95 % interval)</source>
        <translation>발생비(95% 구간)</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="109"/>
        <source>WDD (95 % interval)</source>
        <translation>WDD(95% 구간)</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="110"/>
        <source>Predicted change</source>
        <translation>예측 변화</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="110"/>
        <source>Realised change</source>
        <translation>실제 변화</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="110"/>
        <source>Smallest fall it could detect</source>
        <translation>가려낼 수 있는 최소 감소폭</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="110"/>
        <source>Verdict</source>
        <translation>판단</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="122"/>
        <source>Treated streets are those each facility reaches (the factors' reaches); the displacement ring is the untreated streets near them along the network; controls are streets outside every ring in the same cell of street class, model risk and neighbourhood risk as each treated street. Crimes are counted {window} months before and after each facility's own installation month (that month left out). The rate ratio compares the change on treated streets with the change on their controls: 0.70 means 30 % fewer crimes than the controls suggest. The weighted displacement difference (Wheeler &amp; Ratcliffe 2018) counts crimes prevented net of displacement into the ring (negative: fewer). With fewer than {minimum} crimes on a group's treated streets no figure is given.</source>
        <translation>처치 구간은 각 시설이 닿는 도로입니다(요인 계산과 같은 거리). 전이 효과 확인 구역은 도로망을 따라 그 근처에 있는 처치되지 않은 도로이고, 비교 구간은 모든 전이 효과 확인 구역 밖에서 처치 구간과 도로 유형·모델 위험도·주변 위험도가 같은 칸에 드는 도로입니다. 범죄는 시설마다 설치한 달을 빼고 그 전후 {window}개월씩 셉니다. 발생비는 처치 구간의 변화를 비교 구간의 변화와 견줍니다. 0.70은 비교 구간으로 보아 예상되는 것보다 범죄가 30% 적다는 뜻입니다. 가중 전이 차이(WDD, Wheeler &amp; Ratcliffe 2018)는 전이 효과 확인 구역으로 옮겨 간 범죄를 뺀 예방 건수입니다(음수이면 감소). 한 그룹의 처치 구간 범죄가 {minimum}건보다 적으면 수치를 내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="131"/>
        <source>The smallest fall it could detect is the fall a two-sided 5 % test would find 80 % of the time with the crimes counted (from the rate ratio's standard error); a smaller true effect usually reads as no clear change.</source>
        <translation>가려낼 수 있는 최소 감소폭은 센 범죄 건수로 양측 5% 검정이 80%의 확률로 찾아내는 감소폭입니다(발생비의 표준오차로 계산). 실제 효과가 이보다 작으면 대개 '뚜렷한 변화 없음'으로 나옵니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="136"/>
        <source>Did it work?</source>
        <translation>효과가 있었습니까?</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="140"/>
        <source>Did it work? Installed facilities against matched streets</source>
        <translation>효과가 있었습니까? 설치 시설과 비교 도로의 비교</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="143"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_report.py" line="144"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
</context>
<context>
    <name>EvaluationStats</name>
    <message>
        <location filename="../engine/planning/evaluation_stats.py" line="41"/>
        <source>not enough crimes to tell</source>
        <translation>범죄가 적어 판단할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_stats.py" line="42"/>
        <source>crime fell against matched streets</source>
        <translation>비교 도로보다 범죄가 줄었습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_stats.py" line="43"/>
        <source>crime rose against matched streets</source>
        <translation>비교 도로보다 범죄가 늘었습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/evaluation_stats.py" line="44"/>
        <source>no clear change: the interval includes no change</source>
        <translation>뚜렷한 변화가 없습니다(구간에 '변화 없음'이 포함됨)</translation>
    </message>
</context>
<context>
    <name>ExportBriefingAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="66"/>
        <source>Export council briefing</source>
        <translation>의회 보고 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="69"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="79"/>
        <source>A three-page briefing the council can read in five minutes, as a QGIS print layout exported to PDF. Page 1, the decision: a box per scenario (facilities by kind, total cost, km in grades 4–5 before and after, the expected-incident proxy before and after, its reduction per million KRW) and before and after maps of the same extent. Page 2, the comparison: the grade-change map of the scenario that lowers the proxy most, the comparison table and the facility list. Page 3, method and limits: the model in plain words, its validation (PAI at 5 % against kernel density and last period), the factors that matter, the evidence for lights and CCTV, what is not modelled, the data sources and CRS.

Scenarios come from the proposal layers (as the planner dock saves them); every figure comes from the same scenario planner as 'Simulate scenario', with the unit costs of the COST_* parameters (the planner dock's Briefing… fills in its own). Up to four scenarios.

The text stays text in the PDF, with its fonts embedded. PROJECT also saves a .qgz with the layers and the layout, to edit in the layout designer; in the QGIS desktop the layout is also added to the open project. Proposed CCTV sites are drawn only when SHOW_CCTV_SITES is ticked.</source>
        <translation>의회가 5분 안에 읽을 수 있는 3쪽짜리 보고 자료를 QGIS 인쇄 조판으로 만들어 PDF로 내보냅니다. 1쪽, 결정 사항: 시나리오마다 상자 하나(종류별 시설, 총비용, 시행 전후 4~5등급 도로 길이(km), 시행 전후 예상 사건 지표와 100만 원당 감소량)와 같은 범위의 시행 전후 지도. 2쪽, 비교: 지표를 가장 많이 낮추는 시나리오의 등급 변화 지도, 비교표, 시설 목록. 3쪽, 방법과 한계: 쉬운 말로 풀어 쓴 모델 설명, 검증 결과(커널 밀도 및 직전 기간과 비교한 5%에서의 PAI), 중요한 요인, 조명과 CCTV의 효과 근거, 모델에 반영하지 않은 것, 데이터 출처와 좌표계(CRS).

시나리오는 제안 레이어(계획 도구 패널이 저장하는 형식)에서 가져오며, 모든 수치는 '시나리오 모의 분석'과 같은 시나리오 계획 기능으로 COST_* 파라미터의 단가를 써서 계산합니다(계획 도구 패널의 보고 자료…는 패널의 단가를 채워 넣습니다). 시나리오는 최대 4개입니다.

PDF에서 글자는 글꼴이 포함된 텍스트로 남습니다. PROJECT를 지정하면 레이어와 조판을 담은 .qgz도 저장하여 조판 디자이너에서 편집할 수 있고, QGIS 데스크톱에서는 열려 있는 프로젝트에도 조판을 추가합니다. 제안 방범용 CCTV 설치 지점은 SHOW_CCTV_SITES를 선택했을 때만 지도에 표시합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="95"/>
        <source>Segments with the factor fields the model uses (e.g. the output of 'Grade streets').</source>
        <translation>모델이 쓰는 요인 필드가 있는 구간(예: '도로 구간 안전등급 산정'의 출력).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="96"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="98"/>
        <source>The .anshim model the segments were graded with; its model card gives page 3.</source>
        <translation>구간에 등급을 매길 때 쓴 .anshim 모델. 모델 카드의 내용이 3쪽에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="98"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="100"/>
        <source>Points with scenario, kind (cctv, light, bell or guardhouse), cameras and note, e.g. the anshim_proposed_sites table the planner dock saves.</source>
        <translation>scenario(시나리오 이름), kind(cctv 방범용 CCTV, light 보안등, bell 안심벨, guardhouse 여성안심지킴이집 중 하나), cameras, note 필드가 있는 점. 예: 계획 도구 패널이 저장하는 anshim_proposed_sites 테이블.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="101"/>
        <source>Proposed sites (proposal layer)</source>
        <translation>제안 시설 지점(제안 레이어)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="105"/>
        <source>Lines with scenario and name, e.g. the anshim_proposed_routes table the planner dock saves.</source>
        <translation>scenario(시나리오 이름), name 필드가 있는 선. 예: 계획 도구 패널이 저장하는 anshim_proposed_routes 테이블.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="106"/>
        <source>Proposed safe-return routes (proposal layer)</source>
        <translation>제안 안심귀갓길(제안 레이어)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="109"/>
        <source>The scenario values of the proposal layers to brief on, in the order to show them; at most four.</source>
        <translation>보고 자료에 담을 제안 레이어의 시나리오 값(보여 줄 순서대로, 최대 4개).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="110"/>
        <source>Scenarios (names separated by commas; empty = all)</source>
        <translation>시나리오(이름을 쉼표로 구분, 비우면 전체)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="112"/>
        <source>The briefing's title on page 1.</source>
        <translation>1쪽에 들어갈 보고 자료 제목.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="113"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="113"/>
        <source>Street safety: options for the council</source>
        <translation>거리 안전: 의회 검토용 대안</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="115"/>
        <source>Who presents the briefing, e.g. the district's safety policy team.</source>
        <translation>보고 자료를 제출하는 기관·부서. 예: 구청 안전정책과.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="116"/>
        <source>Organisation</source>
        <translation>기관·부서</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="118"/>
        <source>An image shown at the top left of page 1.</source>
        <translation>1쪽 왼쪽 위에 보일 이미지.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="119"/>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="120"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="122"/>
        <source>Language of the briefing's texts; Korean falls back to English (and says so) until the Korean translation is installed.</source>
        <translation>보고 자료 텍스트의 언어. 한국어 번역이 설치되기 전에는 한국어를 골라도 영어로 작성하며 그 사실을 알립니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="123"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="126"/>
        <source>Page format of the shipped template (ignored when TEMPLATE is given).</source>
        <translation>제공 템플릿의 용지 형식(TEMPLATE을 지정하면 무시).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="127"/>
        <source>Page</source>
        <translation>용지</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="127"/>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="127"/>
        <source>A4 portrait</source>
        <translation>A4 세로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="128"/>
        <source>A3 landscape</source>
        <translation>A3 가로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="130"/>
        <source>Your own layout template; it must carry every item id listed in the README (start from a shipped one in resources/layouts).</source>
        <translation>직접 만든 조판 템플릿. README에 나열된 모든 항목 id가 있어야 합니다(resources/layouts의 제공 템플릿에서 시작하십시오).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="131"/>
        <source>Layout template (.qpt)</source>
        <translation>조판 템플릿(.qpt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="134"/>
        <source>CCTV points are sensitive: by default proposed CCTV sites are counted and costed but not drawn, and not copied into the briefing's layers.</source>
        <translation>CCTV 위치는 민감 정보입니다. 기본적으로 제안 방범용 CCTV 설치 지점은 수량과 비용에는 포함하지만 지도에 표시하지 않고 보고 자료 레이어에도 복사하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="135"/>
        <source>Draw proposed CCTV sites</source>
        <translation>제안 방범용 CCTV 설치 지점 표시</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="138"/>
        <source>The Evaluation table (TABLE) of 'Evaluate installed facilities': adds the page “Did last year's facilities work?” with each group's rate ratio, its interval and verdict, realised beside predicted.</source>
        <translation>'설치 시설 효과 평가'의 평가 표(TABLE)입니다. 묶음별 발생비와 그 구간, 판정, 실제 변화와 예측 변화를 담은 "지난해 설치한 시설은 효과가 있었습니까?" 쪽을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="139"/>
        <source>Evaluation of installed facilities (table)</source>
        <translation>설치 시설 평가(표)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="143"/>
        <source>The briefing as a PDF: text as text with fonts embedded, no georeference.</source>
        <translation>PDF로 만든 보고 자료. 글자는 글꼴을 포함한 텍스트로 남고 지리 참조는 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="144"/>
        <source>Briefing (PDF)</source>
        <translation>보고 자료(PDF)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="144"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="146"/>
        <source>A QGIS project holding the briefing's layers (in a GeoPackage beside it) and the layout, to open and edit in the layout designer.</source>
        <translation>보고 자료의 레이어(옆에 저장하는 GeoPackage)와 조판을 담은 QGIS 프로젝트. 조판 디자이너에서 열어 편집할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="147"/>
        <source>Editable project (.qgz)</source>
        <translation>편집용 프로젝트(.qgz)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="147"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>QGIS 프로젝트 (*.qgz)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="150"/>
        <source>Planning figure, as in 'Simulate scenario'; the planner dock's Briefing… fills in its own unit costs.</source>
        <translation>'시나리오 모의 분석'과 같은 계획용 수치입니다. 계획 도구 패널의 보고 자료…는 패널의 단가를 채워 넣습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="182"/>
        <source>Scenario that lowers the expected-incident proxy most: '{best}'.</source>
        <translation>예상 사건 지표를 가장 많이 낮추는 시나리오: '{best}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="189"/>
        <source>Proposed CCTV sites are counted and costed but not drawn (SHOW_CCTV_SITES is off).</source>
        <translation>제안 방범용 CCTV 설치 지점은 수량과 비용에는 포함하지만 지도에는 표시하지 않습니다('제안 방범용 CCTV 설치 지점 표시'가 꺼져 있음).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="237"/>
        <source>Briefing written to {path} ({pages} pages).</source>
        <translation>보고 자료를 {path}에 저장했습니다({pages}쪽).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="242"/>
        <source>Could not write the project '{path}': {error}</source>
        <translation>프로젝트 '{path}'을(를) 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="244"/>
        <source>Editable project written to {path} (layers in {layers}).</source>
        <translation>편집 가능한 프로젝트를 {path}에 저장했습니다(레이어: {layers}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="249"/>
        <source>Layout '{name}' added to the open project's layouts.</source>
        <translation>조판 '{name}'을(를) 열린 프로젝트의 조판 목록에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="262"/>
        <source>The layout '{name}' could not be added to the project.</source>
        <translation>조판 '{name}'을(를) 프로젝트에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="271"/>
        <source>The Korean translation of Anshim is not installed yet: the briefing is written in English.</source>
        <translation>안심의 한국어 번역이 아직 설치되지 않아 보고 자료를 영어로 작성합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="281"/>
        <source>Briefing template '{path}' does not exist.</source>
        <translation>보고 자료 템플릿 '{path}'이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="290"/>
        <source>Logo '{path}' is not an image QGIS can read: give a PNG, JPEG or SVG file.</source>
        <translation>로고 '{path}'은(는) QGIS가 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, SVG 파일을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="303"/>
        <source>The proposal layers hold {count} scenarios; a briefing compares at most {limit}. Name the ones to show in SCENARIOS, separated by commas.</source>
        <translation>제안 레이어에 시나리오가 {count}개 있지만 보고 자료는 최대 {limit}개까지 비교합니다. 보여 줄 시나리오를 SCENARIOS에 쉼표로 구분해 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="314"/>
        <source>Scenario '{name}': {sites} proposed sites and {routes} proposed routes.</source>
        <translation>시나리오 '{name}': 제안 설치 지점 {sites}곳, 제안 경로 {routes}개.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="318"/>
        <source>Scenario '{name}': the model does not use the factors of {kind}, so those proposals change no grade.</source>
        <translation>시나리오 '{name}': 모델이 {kind}의 요인을 쓰지 않으므로 이 제안들은 등급을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="356"/>
        <source>{parameter}: '{path}' is a folder; give a file name.</source>
        <translation>{parameter}: '{path}'은(는) 폴더입니다. 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/export_briefing.py" line="360"/>
        <source>{parameter}: cannot write '{path}': the folder '{folder}' does not exist or is not writable. Choose another place.</source>
        <translation>{parameter}: '{path}'을(를) 쓸 수 없습니다. 폴더 '{folder}'이(가) 없거나 쓰기 권한이 없습니다. 다른 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>A three-page briefing the council can read in five minutes, as a QGIS print layout exported to PDF. Page 1, the decision: a box per scenario (facilities by kind, total cost, km in grades 4–5 before and after, the expected-incident proxy before and after, its reduction per million KRW) and before and after maps of the same extent. Page 2, the comparison: the grade-change map of the scenario that lowers the proxy most, the comparison table and the facility list. Page 3, method and limits: the model in plain words, its validation (PAI at 5 % against kernel density and last period), the factors that matter, the evidence for lights and CCTV, what is not modelled, the data sources and CRS.

Scenarios come from the proposal layers (as the planner dock saves them); every figure comes from the same scenario planner as 'Simulate scenario', with its default unit costs. Up to four scenarios.

The text stays text in the PDF, with its fonts embedded. PROJECT also saves a .qgz with the layers and the layout, to edit in the layout designer; in the QGIS desktop the layout is also added to the open project. Proposed CCTV sites are drawn only when SHOW_CCTV_SITES is ticked.</source>
        <translation type="obsolete">의회가 5분 안에 읽을 수 있는 3쪽짜리 보고 자료를 QGIS 인쇄 조판으로 만들어 PDF로 내보냅니다. 1쪽, 결정 사항: 시나리오마다 상자 하나(종류별 시설, 총비용, 시행 전후 4–5등급 도로 길이(km), 시행 전후 예상 사건 지표와 100만 원당 감소량)와 같은 범위의 시행 전후 지도. 2쪽, 비교: 지표를 가장 많이 낮추는 시나리오의 등급 변화 지도, 비교표, 시설 목록. 3쪽, 방법과 한계: 쉬운 말로 풀어 쓴 모델 설명, 검증 결과(커널 밀도 및 직전 기간과 비교한 5 %에서의 PAI), 중요한 요인, 조명과 CCTV의 효과 근거, 모형에 넣지 않은 것, 데이터 출처와 좌표계(CRS).

시나리오는 제안 레이어(계획 도구 패널이 저장하는 형식)에서 가져오며, 모든 수치는 '시나리오 모의 분석'과 같은 시나리오 계획 기능으로 기본 단가를 써서 계산합니다. 시나리오는 최대 4개입니다.

PDF에서 글자는 글꼴이 포함된 텍스트로 남습니다. PROJECT를 지정하면 레이어와 조판을 담은 .qgz도 저장하여 조판 디자이너에서 편집할 수 있고, QGIS 데스크톱에서는 열려 있는 프로젝트에도 조판을 추가합니다. 제안 방범용 CCTV 설치 지점은 SHOW_CCTV_SITES를 선택했을 때만 지도에 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <location filename="../engine/factors/compute.py" line="91"/>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="92"/>
        <source>light</source>
        <translation>조명(보안등·가로등)</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="93"/>
        <source>emergency bell</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="94"/>
        <source>guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="95"/>
        <source>police box</source>
        <translation>지구대·파출소</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="96"/>
        <source>risk site</source>
        <translation>위험요인 시설</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="124"/>
        <source>{beyond} of {crimes} crimes ({share}) lay more than {snap} m from every street segment and were not counted.</source>
        <translation>범죄 {crimes}건 중 {beyond}건({share})은 모든 도로 구간에서 {snap} m보다 멀리 떨어져 있어 세지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="130"/>
        <source>{undated} of {crimes} crimes have no year and month: they count in {field} only, in no period's count.</source>
        <translation>범죄 {crimes}건 중 {undated}건은 연도와 월이 없습니다. 이 범죄는 {field}에만 세고 어느 기간의 건수에도 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="134"/>
        <source>{undated} of {crimes} crimes have no year: they count in {field} only.</source>
        <translation>범죄 {crimes}건 중 {undated}건은 연도가 없어 {field}에만 셉니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="136"/>
        <source>No {layer} layer: {fields} left out.</source>
        <translation>{layer} 레이어가 없어 {fields} 필드를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="139"/>
        <source>{field}: {count} of {segments} segments ({share}) are {cap} m or more away; their value is capped at {cap} m.</source>
        <translation>{field}: 구간 {segments}개 중 {count}개({share})가 {cap} m 이상 떨어져 있어 값을 {cap} m로 잘랐습니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="144"/>
        <source>{sites} CCTV sites have no camera count and count as one camera.</source>
        <translation>방범용 CCTV 설치 지점 {sites}곳에 카메라 대수가 없어 1대로 셉니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="147"/>
        <source>No segment runs along a safe-return route: check that the routes lie on the streets.</source>
        <translation>안심귀갓길 위에 있는 구간이 하나도 없습니다. 안심귀갓길이 도로 위에 놓여 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="149"/>
        <source>Only {lights} lights for {km} km of street (one per {spacing} m), where street lights stand every 30–50 m: the light layer looks far from complete, and light_n and light_d would mostly say 'far from security lights'. Map the lights, or leave the layer out.</source>
        <translation>도로 {km} km에 조명이 {lights}개뿐입니다({spacing} m마다 하나). 가로등은 보통 30~50 m마다 서 있으므로 조명 레이어가 크게 빠져 있는 것으로 보이며, light_n과 light_d는 대부분 '보안등에서 멂'을 뜻하게 됩니다. 조명을 더 입력하거나 이 레이어를 빼십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="155"/>
        <source>The crimes are of one period only ({period}): crime history factors need at least two, so they are left out and the model learns from the other factors.</source>
        <translation>범죄 자료가 한 기간({period})뿐입니다. 범죄 이력 요인에는 두 기간 이상이 필요하므로 빼고, 모델은 나머지 요인으로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="159"/>
        <source>Crime history factors (hist_*) are the crimes of {first}–{last} on and along each segment: the history a model needs to predict the next period.</source>
        <translation>범죄 이력 요인(hist_*)은 {first}~{last}년에 각 구간과 그 주변 도로에서 일어난 범죄입니다. 모델이 다음 기간을 예측하는 데 쓰는 이력입니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="163"/>
        <source>Both a population raster and population polygons were given: the raster was used.</source>
        <translation>야간 여성 생활인구 래스터와 폴리곤이 모두 주어져 래스터를 사용했습니다.</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="255"/>
        <source>safe-return route</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/factors/compute.py" line="259"/>
        <source>population</source>
        <translation>야간 여성 생활인구</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../engine/factors/fields.py" line="61"/>
        <source>CCTV cameras within CCTV_RADIUS of the segment (site camera counts summed)</source>
        <translation>구간에서 CCTV_RADIUS 안에 있는 CCTV 카메라 수(설치 지점별 카메라 대수 합계)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="62"/>
        <source>many CCTV cameras</source>
        <translation>CCTV 카메라 많음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="62"/>
        <source>few CCTV cameras</source>
        <translation>CCTV 카메라 적음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="63"/>
        <source>distance in m to the nearest CCTV site (capped)</source>
        <translation>가장 가까운 방범용 CCTV 설치 지점까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="64"/>
        <source>far from CCTV</source>
        <translation>CCTV 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="64"/>
        <source>close to CCTV</source>
        <translation>CCTV 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="65"/>
        <source>security and street lights within LIGHT_RADIUS of the segment</source>
        <translation>구간에서 LIGHT_RADIUS 안에 있는 보안등·가로등 수</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="66"/>
        <source>many security lights</source>
        <translation>보안등 많음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="66"/>
        <source>few security lights</source>
        <translation>보안등 적음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="67"/>
        <source>distance in m to the nearest light (capped)</source>
        <translation>가장 가까운 조명까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="68"/>
        <source>far from security lights</source>
        <translation>보안등 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="68"/>
        <source>near a security light</source>
        <translation>보안등 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="69"/>
        <source>distance in m to the nearest emergency bell (capped)</source>
        <translation>가장 가까운 안심벨까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="70"/>
        <source>far from an emergency bell</source>
        <translation>안심벨 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="70"/>
        <source>near an emergency bell</source>
        <translation>안심벨 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="71"/>
        <source>distance in m to the nearest women's safety guard house (capped)</source>
        <translation>가장 가까운 여성안심지킴이집까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="72"/>
        <source>far from a guard house</source>
        <translation>여성안심지킴이집 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="72"/>
        <source>near a guard house</source>
        <translation>여성안심지킴이집 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="73"/>
        <source>distance in m to the nearest police box (capped)</source>
        <translation>가장 가까운 지구대·파출소까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="74"/>
        <source>far from a police box</source>
        <translation>지구대·파출소 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="74"/>
        <source>near a police box</source>
        <translation>지구대·파출소 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="75"/>
        <source>1 if the segment runs along a safe-return route, else 0</source>
        <translation>구간이 안심귀갓길 위에 있으면 1, 아니면 0</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="76"/>
        <source>on a safe-return route</source>
        <translation>안심귀갓길 위</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="76"/>
        <source>off safe-return routes</source>
        <translation>안심귀갓길 밖</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="77"/>
        <source>risk sites (e.g. entertainment venues) within 50 m of the segment</source>
        <translation>구간에서 50 m 안에 있는 위험요인 시설(예: 유흥업소) 수</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="78"/>
        <source>near entertainment venues</source>
        <translation>유흥업소 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="78"/>
        <source>no risk sites nearby</source>
        <translation>주변에 위험요인 시설 없음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="79"/>
        <source>female night-time population density, people per km²</source>
        <translation>야간 여성 생활인구 밀도(km²당 인구)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="80"/>
        <source>many people out at night</source>
        <translation>야간 여성 생활인구 많음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="80"/>
        <source>few people out at night</source>
        <translation>야간 여성 생활인구 적음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="81"/>
        <source>1 if the segment lies on a piece of street that ends in a dead end</source>
        <translation>구간이 막다른 길로 끝나는 도로 조각 위에 있으면 1</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="82"/>
        <source>dead-end alley</source>
        <translation>막다른 골목</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="82"/>
        <source>through street</source>
        <translation>막다른 길 아님</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="83"/>
        <source>distance in m along the street to the nearest junction (capped)</source>
        <translation>도로를 따라 가장 가까운 교차로까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="84"/>
        <source>far from a junction</source>
        <translation>교차로 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="84"/>
        <source>near a junction</source>
        <translation>교차로 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="85"/>
        <source>street width in m, from the input's width field</source>
        <translation>도로 폭(m, 입력의 폭 필드에서)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="86"/>
        <source>wide street</source>
        <translation>넓은 도로</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="86"/>
        <source>narrow street</source>
        <translation>좁은 도로</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="92"/>
        <source>crimes on the segment in earlier periods, weighted by how recent they were (the last period counts fully, one two periods earlier half)</source>
        <translation>이전 기간에 구간에서 일어난 범죄 건수, 최근일수록 크게 반영(직전 기간은 그대로, 두 기간 전은 절반)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="94"/>
        <source>crime here in recent periods</source>
        <translation>최근 이 구간에 범죄 발생</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="94"/>
        <source>no crime here in recent periods</source>
        <translation>최근 이 구간에 범죄 없음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="95"/>
        <source>crimes per km of street within about 50 m along the streets, in earlier periods (network kernel density, weighted by recency)</source>
        <translation>도로를 따라 약 50 m 안에서 이전 기간에 일어난 도로 1 km당 범죄(도로망 커널 밀도, 최근일수록 크게 반영)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="97"/>
        <location filename="../engine/factors/fields.py" line="100"/>
        <source>crime on nearby streets</source>
        <translation>주변 도로에 범죄 발생</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="97"/>
        <location filename="../engine/factors/fields.py" line="100"/>
        <source>little crime on nearby streets</source>
        <translation>주변 도로에 범죄 적음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="98"/>
        <source>crimes per km of street within about 100 m along the streets, in earlier periods (network kernel density, weighted by recency)</source>
        <translation>도로를 따라 약 100 m 안에서 이전 기간에 일어난 도로 1 km당 범죄(도로망 커널 밀도, 최근일수록 크게 반영)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="101"/>
        <source>crimes per km of street within about 250 m along the streets, in earlier periods (network kernel density, weighted by recency)</source>
        <translation>도로를 따라 약 250 m 안에서 이전 기간에 일어난 도로 1 km당 범죄(도로망 커널 밀도, 최근일수록 크게 반영)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="103"/>
        <source>crime in the wider neighbourhood</source>
        <translation>넓은 주변 지역에 범죄 발생</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="103"/>
        <source>little crime in the wider neighbourhood</source>
        <translation>넓은 주변 지역에 범죄 적음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="115"/>
        <source>{layer} points within the count radius</source>
        <translation>집계 반경 안의 {layer} 지점 수</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="115"/>
        <source>many {layer} nearby</source>
        <translation>주변에 {layer} 많음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="116"/>
        <source>no {layer} nearby</source>
        <translation>주변에 {layer} 없음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="118"/>
        <source>distance in m to the nearest {layer} point (capped)</source>
        <translation>가장 가까운 {layer} 점까지의 거리(m, 상한 적용)</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="119"/>
        <source>far from {layer}</source>
        <translation>{layer} 멀리 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="119"/>
        <source>near {layer}</source>
        <translation>{layer} 가까이 있음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="120"/>
        <source>high {name}</source>
        <translation>{name} 높음</translation>
    </message>
    <message>
        <location filename="../engine/factors/fields.py" line="120"/>
        <source>low {name}</source>
        <translation>{name} 낮음</translation>
    </message>
</context>
<context>
    <name>Forest</name>
    <message>
        <location filename="../engine/model/forest.py" line="119"/>
        <source>Expected rows of {n_features} factor values, got an array of shape {shape}.</source>
        <translation>요인 값 {n_features}개로 된 행이 필요하지만 크기 {shape}의 배열을 받았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="138"/>
        <source>Only a binary classifier can be exported.</source>
        <translation>이진 분류기만 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="140"/>
        <source>Categorical splits are not supported.</source>
        <translation>범주형 분할은 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="186"/>
        <source>Node array '{name}' must be one-dimensional with one entry per node ({n_nodes}).</source>
        <translation>노드 배열 '{name}'은(는) 노드마다 값이 하나인 1차원 배열이어야 합니다({n_nodes}개).</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="190"/>
        <source>Tree starts must rise strictly from 0 to the number of nodes.</source>
        <translation>트리 시작 위치는 0부터 노드 수까지 엄격하게 증가해야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="192"/>
        <source>A forest needs at least one factor.</source>
        <translation>모델(트리 모음)에는 요인이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="194"/>
        <source>Tree values must be finite.</source>
        <translation>트리 값은 유한해야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="197"/>
        <source>Leaves must not have children.</source>
        <translation>잎 노드에는 자식이 없어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="200"/>
        <source>A split refers to a factor that does not exist or has no threshold.</source>
        <translation>분할이 존재하지 않거나 기준값이 없는 요인을 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="207"/>
        <source>A child link points outside its tree or back to an earlier node.</source>
        <translation>자식 연결이 트리 밖이나 앞선 노드를 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="213"/>
        <source>Every node except a root must have exactly one parent.</source>
        <translation>뿌리를 뺀 모든 노드에는 부모가 정확히 하나 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/forest.py" line="215"/>
        <source>A tree has more than {MAX_LEAVES_PER_TREE} leaves.</source>
        <translation>잎이 {MAX_LEAVES_PER_TREE}개보다 많은 트리가 있습니다.</translation>
    </message>
</context>
<context>
    <name>GenerateDemoAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="69"/>
        <source>Generate demo district</source>
        <translation>시연용 가상 지역 생성</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="72"/>
        <source>Demo</source>
        <translation>시연</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="78"/>
        <source>Generates Anshim's demo district: a Seoul-like district of SIZE × SIZE metres in EPSG:5186 with arterials, an irregular alley fabric with dead ends, a commercial core with entertainment venues, security and street lights, CCTV sites with camera counts, emergency bells, women's safety guard houses, police boxes and safe-return routes at densities measured in Gangnam 역삼1동, a female night-time population raster (50 m cells, people per cell), and three years of crimes.

The crimes are SYNTHETIC: drawn from Anshim's documented ground-truth risk function of the factors, so the model's recovery of it can be measured. The layer is named synthetic_crimes and every crime says so in its 'source' field. The same SEED always gives the same district.

OUTPUT is a GeoPackage with the layers streets, lights, cctv, bells, guardhouses, police, risk_sites, safe_routes and synthetic_crimes, and crime_counts_grid and crime_counts_districts: the same crimes counted per 100 m cell and per ~20 districts and year, to try training from crime counts per area; POPULATION is a GeoTIFF.</source>
        <translation>안심의 시연용 가상 지역을 만듭니다. EPSG:5186 좌표계의 SIZE × SIZE m 크기 서울형 지역으로, 간선도로, 막다른 길이 있는 불규칙한 골목길, 유흥업소가 있는 상업 중심지, 보안등·가로등, 카메라 대수가 있는 방범용 CCTV 설치 지점, 안심벨, 여성안심지킴이집, 지구대·파출소, 안심귀갓길을 강남구 역삼1동에서 측정한 밀도로 배치하고, 야간 여성 생활인구 래스터(50 m 셀, 셀당 인구)와 3년치 범죄를 함께 만듭니다.

범죄는 합성 데이터입니다. 요인에 대한 안심 문서에 공개된 '참값' 위험 함수에서 생성하므로 모델이 이 함수를 얼마나 되찾는지 측정할 수 있습니다. 레이어 이름은 synthetic_crimes이고 모든 범죄의 'source' 필드에 합성 데이터라고 적혀 있습니다. 같은 SEED는 언제나 같은 지역을 만듭니다.

OUTPUT은 streets, lights, cctv, bells, guardhouses, police, risk_sites, safe_routes, synthetic_crimes 레이어와, 같은 범죄를 100 m 셀별·약 20개 구역별·연도별 건수로 센 crime_counts_grid, crime_counts_districts 레이어(구역별 범죄 건수로 학습해 볼 수 있음)를 담은 GeoPackage이고, POPULATION은 GeoTIFF입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="93"/>
        <source>The same seed gives the same district.</source>
        <translation>같은 시드는 같은 지역을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="94"/>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="97"/>
        <source>Side of the square district in metres.</source>
        <translation>정사각형 지역의 한 변 길이(m).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="98"/>
        <source>District size (m)</source>
        <translation>지역 크기(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="100"/>
        <source>GeoPackage that receives every vector layer of the district.</source>
        <translation>지역의 모든 벡터 레이어를 담을 GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="101"/>
        <source>Demo GeoPackage</source>
        <translation>시연용 GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="101"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="103"/>
        <source>GeoTIFF of female night-time population, people per 50 m cell.</source>
        <translation>야간 여성 생활인구 GeoTIFF(50 m 셀당 인구).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="104"/>
        <source>Night-time population raster</source>
        <translation>야간 여성 생활인구 래스터</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="108"/>
        <source>Notice about the crimes</source>
        <translation>범죄 데이터 안내</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="124"/>
        <source>Demo district: {streets:,} streets, {km:.1f} km; {crimes:,} crimes over {years} years.</source>
        <translation>시연용 지역: 도로 {streets:,}개, {km:,.1f} km, {years}년간 범죄 {crimes:,}건.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/generate_demo.py" line="179"/>
        <source>Could not write layer {layer} to {path}: {error}</source>
        <translation>레이어 {layer}을(를) {path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Generates Anshim's demo district: a Seoul-like district of SIZE × SIZE metres in EPSG:5186 with arterials, an irregular alley fabric with dead ends, a commercial core with entertainment venues, security and street lights, CCTV sites with camera counts, emergency bells, women's safety guard houses, police boxes and safe-return routes at densities measured in Gangnam 역삼1동, a female night-time population raster (50 m cells, people per cell), and three years of crimes.

The crimes are SYNTHETIC: drawn from Anshim's documented ground-truth risk function of the factors, so the model's recovery of it can be measured. The layer is named synthetic_crimes and every crime says so in its 'source' field. The same SEED always gives the same district.

OUTPUT is a GeoPackage with the layers streets, lights, cctv, bells, guardhouses, police, risk_sites, safe_routes and synthetic_crimes; POPULATION is a GeoTIFF.</source>
        <translation type="obsolete">안심의 시연용 가상 지역을 만듭니다. EPSG:5186 좌표계의 SIZE × SIZE m 크기 가상 지역으로, 간선도로, 막다른 길이 있는 불규칙한 골목길, 유흥업소가 있는 상업 중심지, 보안등·가로등, 카메라 대수가 있는 방범용 CCTV 설치 지점, 안심벨, 여성안심지킴이집, 지구대·파출소, 안심귀갓길을 강남구 역삼1동에서 측정한 밀도로 배치하고, 야간 여성 생활인구 래스터(50 m 셀, 셀당 인구)와 3년치 범죄를 함께 만듭니다.

범죄는 합성 데이터입니다. 요인에 대한 안심 문서에 공개된 '참값' 위험 함수에서 생성하므로 모델이 이 함수를 얼마나 되찾는지 측정할 수 있습니다. 레이어 이름은 synthetic_crimes이고 모든 범죄의 'source' 필드에 합성 데이터라고 적혀 있습니다. 같은 SEED는 언제나 같은 지역을 만듭니다.

OUTPUT은 streets, lights, cctv, bells, guardhouses, police, risk_sites, safe_routes, synthetic_crimes 레이어를 담은 GeoPackage이고, POPULATION은 GeoTIFF입니다.</translation>
    </message>
</context>
<context>
    <name>GeoPackage</name>
    <message>
        <location filename="../qgis_io/geopackage.py" line="146"/>
        <source>GDAL could not open {path} ({table}).</source>
        <translation>GDAL이 {path}({table})을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="202"/>
        <source>{path} came out incomplete ({rows:,} rows): nothing was saved.</source>
        <translation>{path}이(가) 불완전하게 쓰였습니다({rows:,}행). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="283"/>
        <source>The output would overwrite the input layer {path} ({table}): choose another file or table name. Input layers are never modified.</source>
        <translation>출력이 입력 레이어 {path}({table})을(를) 덮어쓰게 됩니다. 다른 파일이나 테이블 이름을 고르십시오. 입력 레이어는 절대 수정하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="300"/>
        <source>{path} exists but is not a GeoPackage GDAL can write to.</source>
        <translation>{path}이(가) 있지만 GDAL이 쓸 수 있는 GeoPackage가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="306"/>
        <source>GDAL could not create {path}: check the folder exists and is writable.</source>
        <translation>GDAL이 {path}을(를) 만들 수 없습니다. 폴더가 있고 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="313"/>
        <source>GDAL could not create the table {table} in {path}.</source>
        <translation>GDAL이 {path}에 테이블 {table}을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/geopackage.py" line="352"/>
        <source>Could not write {layer_uri}: {error}</source>
        <translation>{layer_uri}에 쓸 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>GradeChange</name>
    <message>
        <location filename="../engine/planning/grade_change.py" line="18"/>
        <source>safer grade</source>
        <translation>더 안전한 등급</translation>
    </message>
    <message>
        <location filename="../engine/planning/grade_change.py" line="18"/>
        <source>same grade</source>
        <translation>같은 등급</translation>
    </message>
    <message>
        <location filename="../engine/planning/grade_change.py" line="18"/>
        <source>less safe grade</source>
        <translation>관리 필요 쪽 등급</translation>
    </message>
    <message>
        <location filename="../engine/planning/grade_change.py" line="19"/>
        <source>new segment</source>
        <translation>새 구간</translation>
    </message>
</context>
<context>
    <name>GradeStreetsAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="22"/>
        <source>safest</source>
        <translation>가장 안전</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="22"/>
        <source>safer</source>
        <translation>안전</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="22"/>
        <source>middle</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="22"/>
        <source>less safe</source>
        <translation>관리 필요</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="22"/>
        <source>least safe</source>
        <translation>집중 관리 필요</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="36"/>
        <source>Grade streets</source>
        <translation>도로 구간 안전등급 산정</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="39"/>
        <source>Safety model</source>
        <translation>안전 모델</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="45"/>
        <source>Gives every segment its predicted risk and a safety grade from 1 (safest) to 5 (least safe) with a model from 'Train safety model', and names the factors behind it. Needs only numpy: the model file holds plain arrays.

Fields added: risk (calibrated probability of a crime on the segment in a period like the training one, 0–1), grade (1 safest … 5 least safe, by the thresholds fixed at training), risk_factor (the factor that raises this segment's risk most, e.g. 'few security lights') and protective_factor (the one that lowers it most, e.g. 'on a safe-return route'). The factors come from path attribution over the model's trees (Saabas): each split's change in predicted log-odds is credited to the split's factor. Words for cameras, lights, bells, guard houses, police boxes and routes follow the direction of their effect; for other factors they say whether the value is above or below the training median.

The segments must carry every factor the model was trained on, computed with the same radii. The output is styled green → red when it loads. The path of the model file is recorded with the output (in the GeoPackage layer's metadata) so the planner dock finds the model without asking.</source>
        <translation>'안전 모델 학습'에서 만든 모델로 모든 구간에 예측 위험도와 1(가장 안전)부터 5(집중 관리 필요)까지의 안전등급을 부여하고, 그 원인이 된 요인을 밝힙니다. numpy만 있으면 됩니다. 모델 파일에는 일반 배열만 들어 있습니다.

추가 필드: risk(학습 기간과 같은 길이의 기간에 그 구간에서 범죄가 발생할 보정된 확률, 0~1), grade(1 가장 안전 … 5 집중 관리 필요, 학습 때 정한 기준값에 따름), risk_factor(이 구간의 위험도를 가장 많이 높이는 요인, 예: '보안등 적음'), protective_factor(가장 많이 낮추는 요인, 예: '안심귀갓길 위'). 요인은 모델 트리의 경로 기여도 분석(Saabas)으로 구합니다. 각 분기에서 예측 로그 오즈가 바뀐 만큼을 그 분기의 요인에 귀속합니다. 카메라, 조명, 안심벨, 지킴이집, 지구대·파출소, 경로에 대한 표현은 그 효과의 방향을 따르고, 다른 요인은 값이 학습 중앙값보다 높은지 낮은지를 나타냅니다.

구간에는 모델 학습에 쓴 모든 요인이 같은 반경으로 계산되어 있어야 합니다. 출력은 불러올 때 녹색 → 빨간색으로 스타일이 지정됩니다. 모델 파일 경로를 출력과 함께(GeoPackage 레이어의 메타데이터에) 기록하므로 계획 도구 패널이 묻지 않고 모델을 찾습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="61"/>
        <source>Output of 'Compute safety factors'.</source>
        <translation>'안전 요인 계산'의 출력.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="62"/>
        <source>Segments with safety factors</source>
        <translation>안전 요인이 계산된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="64"/>
        <source>A .anshim file from 'Train safety model'.</source>
        <translation>'안전 모델 학습'에서 만든 .anshim 파일.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="65"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="66"/>
        <source>The segments with risk, grade, risk_factor and protective_factor.</source>
        <translation>risk(위험도), grade(안전등급), risk_factor(위험 요인), protective_factor(보호 요인)가 추가된 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="67"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="77"/>
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="103"/>
        <source>The model path is recorded in the GeoPackage layer's metadata ({path}).</source>
        <translation>모델 경로를 GeoPackage 레이어의 메타데이터에 기록했습니다({path}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/grade_streets.py" line="113"/>
        <source>Grade {grade} ({words}): {km:,.2f} km ({share:.1f} % of length), {segments:,} segments</source>
        <translation>{grade}등급({words}): {km:,.2f} km(전체 길이의 {share:.1f}%), 구간 {segments:,}개</translation>
    </message>
    <message>
        <source>Gives every segment its predicted risk and a safety grade from 1 (safest) to 5 (least safe) with a model from 'Train safety model', and names the factors behind it. Needs only numpy: the model file holds plain arrays.

Fields added: risk (calibrated probability of a crime on the segment in a period like the training one, 0–1), grade (1 safest … 5 least safe, by the thresholds fixed at training), risk_factor (the factor that raises this segment's risk most, e.g. 'few security lights') and protective_factor (the one that lowers it most, e.g. 'on a safe-return route'). The factors come from path attribution over the model's trees (Saabas): each split's change in predicted log-odds is credited to the split's factor. Words for cameras, lights, bells, guard houses, police boxes and routes follow the direction of their effect; for other factors they say whether the value is above or below the training median.

The segments must carry every factor the model was trained on, computed with the same radii. The output is styled green → red when it loads.</source>
        <translation type="obsolete">'안전 모델 학습'으로 만든 모델로 모든 구간에 예측 위험도와 1등급(가장 안전)부터 5등급(집중 관리 필요)까지의 안전등급을 부여하고, 그 근거가 된 요인을 밝힙니다. numpy만 있으면 됩니다(모델 파일에는 단순한 배열만 들어 있습니다).

추가하는 필드: risk(학습 기간과 같은 길이의 기간에 그 구간에서 범죄가 일어날 보정된 확률, 0–1), grade(1등급 가장 안전 … 5등급 집중 관리 필요, 학습 때 정한 기준값으로), risk_factor(이 구간의 위험도를 가장 많이 높인 요인, 예: '보안등 적음'), protective_factor(가장 많이 낮춘 요인, 예: '안심귀갓길 위'). 요인은 모델 트리의 경로 기여도 분석(Saabas)으로 구합니다. 각 분할에서 예측 로그 오즈가 바뀐 만큼을 그 분할의 요인에 돌립니다. 카메라, 조명, 안심벨, 여성안심지킴이집, 지구대·파출소, 안심귀갓길의 표현은 효과의 방향을 따르고, 그 밖의 요인은 값이 학습 지역의 중앙값보다 높은지 낮은지를 말합니다.

구간에는 모델이 학습한 모든 요인이 같은 반경으로 계산되어 있어야 합니다. 출력은 불러올 때 초록 → 빨강으로 스타일이 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>InstalledFacilities</name>
    <message>
        <location filename="../engine/planning/installed.py" line="66"/>
        <source>{what}: installed_on '{value}' is not a date; write it as YYYY-MM-DD.</source>
        <translation>{what}: installed_on 값 '{value}'은(는) 날짜가 아닙니다. YYYY-MM-DD로 적으십시오.</translation>
    </message>
</context>
<context>
    <name>InstalledLayers</name>
    <message>
        <location filename="../qgis_io/installed.py" line="32"/>
        <source>{layer} layer '{name}' has no field {fields}: installed facilities need {needed} (see the README, 'Evaluate installed facilities').</source>
        <translation>{layer} 레이어 '{name}'에 {fields} 필드가 없습니다. 설치 시설에는 {needed} 필드가 필요합니다(README의 '설치 시설 효과 평가' 참고).</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed.py" line="58"/>
        <location filename="../qgis_io/installed.py" line="73"/>
        <source>{layer} layer, feature {feature}: {error}</source>
        <translation>{layer} 레이어, 객체 {feature}: {error}</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed.py" line="82"/>
        <source>{layer} layer '{name}' has no field '{field}': choose its date field.</source>
        <translation>{layer} 레이어 '{name}'에 '{field}' 필드가 없습니다. 날짜 필드를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>InstalledWriter</name>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="59"/>
        <source>Could not open the GeoPackage {path} for writing: check that it is a GeoPackage, not read-only and not open in another program.</source>
        <translation>GeoPackage {path}을(를) 쓰기용으로 열 수 없습니다. GeoPackage 파일인지, 읽기 전용이 아닌지, 다른 프로그램에서 열려 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="62"/>
        <source>Could not read the GeoPackage {path}: check that it is a GeoPackage.</source>
        <translation>GeoPackage {path}을(를) 읽을 수 없습니다. GeoPackage 파일인지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="104"/>
        <source>Could not create the GeoPackage {path}: check the folder can be written.</source>
        <translation>GeoPackage {path}을(를) 만들 수 없습니다. 폴더에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="109"/>
        <source>Could not write to {path}: it is locked by another program or edit session. Save or stop editing its layers and try again.</source>
        <translation>{path}에 쓸 수 없습니다. 다른 프로그램이나 편집 세션이 파일을 잠그고 있습니다. 그 레이어의 편집을 저장하거나 끝낸 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="130"/>
        <source>Could not finish writing to {path}: nothing was written. Check the disk has space and the file is not locked.</source>
        <translation>{path}에 쓰기를 마치지 못해 아무것도 기록하지 않았습니다. 디스크 공간이 있는지, 파일이 잠겨 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="134"/>
        <source>Could not write to {path}: {error}. Nothing was written.</source>
        <translation>{path}에 쓸 수 없습니다: {error}. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="176"/>
        <source>Could not create the table {table} in {path} ({reason}). If the GeoPackage has a table of that name that is not a layer, rename it or choose another GeoPackage.</source>
        <translation>{path}에 테이블 {table}을(를) 만들 수 없습니다({reason}). GeoPackage에 같은 이름의 테이블이 레이어가 아닌 형태로 있으면 이름을 바꾸거나 다른 GeoPackage를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="179"/>
        <source>GDAL gave no reason</source>
        <translation>GDAL이 이유를 알려 주지 않았습니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="192"/>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="192"/>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="193"/>
        <source>The table {table} of {path} is not a table of installed facilities ({problem}); it needs {kind} with {needed}. Rename that table or choose another GeoPackage: it was left as it is.</source>
        <translation>{path}의 테이블 {table}은(는) 설치 시설 테이블이 아닙니다({problem}). {needed} 필드가 있는 {kind} 레이어여야 합니다. 그 테이블의 이름을 바꾸거나 다른 GeoPackage를 고르십시오. 테이블은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="197"/>
        <source>no field {fields}</source>
        <translation>{fields} 필드 없음</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="198"/>
        <source>wrong geometry type</source>
        <translation>도형 유형이 맞지 않음</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="207"/>
        <source>Could not replace the earlier rows of {table} in {path}: nothing was written.</source>
        <translation>{path}의 {table}에서 이전 행을 바꿀 수 없어 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/installed_writer.py" line="234"/>
        <source>Could not write {table} to {path}: nothing was written.</source>
        <translation>{table}을(를) {path}에 쓸 수 없어 아무것도 기록하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LayerIO</name>
    <message>
        <location filename="../qgis_io/layer_io.py" line="65"/>
        <source>{layer_name}: every feature was lost reprojecting it from {source_crs} to {crs}. Check the layer's CRS in its Layer Properties → Source.</source>
        <translation>{layer_name}: {source_crs}에서 {crs}(으)로 좌표를 변환하면서 모든 객체가 사라졌습니다. 레이어 속성 → 원본에서 레이어의 좌표계를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="71"/>
        <source>{layer_name}: {skipped} feature(s) without geometry were skipped.</source>
        <translation>{layer_name}: 도형이 없는 객체 {skipped}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="98"/>
        <source>{count:,} curved geometries (arcs) were turned into straight lines between points on the arc.</source>
        <translation>곡선 도형(호) {count:,}개를 호 위의 점들을 잇는 직선으로 바꾸었습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="117"/>
        <source>point</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="117"/>
        <source>line</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="118"/>
        <source>polygon</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="118"/>
        <source>no geometry</source>
        <translation>도형 없음</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="124"/>
        <source>{layer_name} layer could not be opened.</source>
        <translation>{layer_name} 레이어를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="129"/>
        <source>{layer_name} layer '{source_name}' has {actual} geometries; a {expected} layer is needed.</source>
        <translation>{layer_name} 레이어 '{source_name}'은(는) {actual} 레이어입니다. {expected} 레이어를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="144"/>
        <source>{layer_name} layer '{source_name}' holds geometries Anshim cannot read as lines. Convert them with 'Multipart to singleparts' and 'Segmentize by maximum distance' first.</source>
        <translation>{layer_name} 레이어 '{source_name}'에 선으로 읽을 수 없는 도형이 있습니다. 먼저 '다중 부분을 단일 부분으로'와 '최대 거리로 분할'로 변환하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="161"/>
        <source>{layer_name}: {count:,} point(s) with a coordinate that is not a finite number (NaN or infinite) were skipped.</source>
        <translation>{layer_name}: 좌표가 유한한 수가 아닌(NaN 또는 무한대) 점 {count:,}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="237"/>
        <source>{layer_name} layer has no coordinate reference system. Set one in its Layer Properties → Source.</source>
        <translation>{layer_name} 레이어에 좌표계가 없습니다. 레이어 속성 → 원본 탭에서 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="243"/>
        <source>{layer_name}: reprojecting from {layer_crs} to {crs}.</source>
        <translation>{layer_name}: {layer_crs}에서 {crs}로 재투영합니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="258"/>
        <source>{layer_name}: band 1 has an unsupported data type; save it as Float32.</source>
        <translation>{layer_name}: 밴드 1의 자료형을 지원하지 않습니다. Float32로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="315"/>
        <source>The input layer changed while it was being processed; run again.</source>
        <translation>처리하는 동안 입력 레이어가 바뀌었습니다. 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="328"/>
        <source>Only {written:,} of the {read:,} features read could be written again: the input layer changed or disappeared while it was being processed. Run again.</source>
        <translation>읽은 객체 {read:,}개 중 {written:,}개만 다시 쓸 수 있었습니다. 처리하는 동안 입력 레이어가 바뀌었거나 사라졌습니다. 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/layer_io.py" line="335"/>
        <source>Could not write features: {last_error}</source>
        <translation>객체를 쓸 수 없습니다: {last_error}</translation>
    </message>
    <message>
        <source>{layer_name} is in degrees ({source_crs}): working in {crs} ({description}).</source>
        <translation type="obsolete">{layer_name}의 좌표계({source_crs})가 도 단위이므로 {crs}({description})에서 작업합니다.</translation>
    </message>
    <message>
        <source>TARGET_CRS {crs} is in degrees: choose a projected CRS in metres.</source>
        <translation type="obsolete">TARGET_CRS {crs}가 도 단위입니다. 미터 단위의 투영 좌표계를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>MetricCrs</name>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="107"/>
        <source>{crs} is in degrees</source>
        <translation>{crs}의 단위가 도(°)입니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="109"/>
        <source>{crs} has no known linear unit</source>
        <translation>{crs}에 알려진 선형 단위가 없습니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="111"/>
        <source>{crs} is in {unit}, not metres</source>
        <translation>{crs}의 단위가 미터가 아니라 {unit}입니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="116"/>
        <source>{crs} cannot be measured at the layer's centre</source>
        <translation>레이어 중심에서 {crs}의 축척을 잴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="118"/>
        <source>{crs} cannot be measured on the ground: it is not tied to a place on Earth</source>
        <translation>{crs}은(는) 지상 거리로 잴 수 없습니다. 지구 위의 위치와 연결되지 않은 좌표계입니다</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="122"/>
        <source>{crs}'s scale at the layer's centre is {scale:.3f} (one of its metres is {ground:.2f} m on the ground)</source>
        <translation>레이어 중심에서 {crs}의 축척이 {scale:.3f}입니다(그 좌표계의 1 m가 지상에서 {ground:.2f} m)</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="144"/>
        <source>TARGET_CRS: {problem}. Choose a projected CRS in metres that is true to scale over the {layer} layer, such as its UTM zone {utm}, or leave TARGET_CRS empty.</source>
        <translation>TARGET_CRS: {problem}. {layer} 레이어 범위에서 축척이 정확한 미터 단위 투영 좌표계(예: 해당 UTM 구역 {utm})를 선택하거나 TARGET_CRS를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="153"/>
        <source>{layer}: {problem}, so distances would not be metres on the ground: working in {crs} ({name}).</source>
        <translation>{layer}: {problem}. 이대로는 거리를 실제 지표면 거리(m)로 잴 수 없으므로 {crs}({name})에서 작업합니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="156"/>
        <source>Working CRS: {crs} ({name}); every distance is in metres on the ground and outputs are in this CRS.</source>
        <translation>작업 좌표계: {crs}({name}). 모든 거리는 실제 지표면 거리(m)로 계산하며, 출력도 이 좌표계로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="168"/>
        <source>{layer} layer has no coordinate reference system.</source>
        <translation>{layer} 레이어에 좌표계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="172"/>
        <source>{layer} layer's coordinate reference system '{crs}' is not tied to a place on Earth (undefined or local), so its distances cannot be measured on the ground.</source>
        <translation>{layer} 레이어의 좌표계 '{crs}'은(는) 지구 위의 위치와 연결되지 않아(미정의 또는 로컬 좌표계) 거리를 지상에서 잴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="178"/>
        <source>{layer} layer's coordinates are not longitudes and latitudes, though its coordinate reference system '{crs}' is in degrees.</source>
        <translation>{layer} 레이어의 좌표계 '{crs}'은(는) 도 단위인데 좌표가 경위도가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="181"/>
        <source>Set the layer's real CRS in its Layer Properties → Source (for Korean data usually EPSG:5186, 5179 or 5174).</source>
        <translation>레이어 속성 → 원본에서 레이어의 실제 좌표계를 지정하십시오(한국 자료는 보통 EPSG:5186, 5179 또는 5174입니다).</translation>
    </message>
    <message>
        <location filename="../qgis_io/metric_crs.py" line="190"/>
        <source>{layer} layer's extent cannot be transformed to {crs}: check the layer's CRS in its Layer Properties → Source.</source>
        <translation>{layer} 레이어의 범위를 {crs}로 변환할 수 없습니다. 레이어 속성 → 원본 탭에서 레이어의 좌표계를 확인하십시오.</translation>
    </message>
    <message>
        <source>{layer} layer has no coordinate reference system. Set one in its Layer Properties → Source.</source>
        <translation type="obsolete">{layer} 레이어에 좌표계가 없습니다. 레이어 속성 → 원본 탭에서 설정하십시오.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../engine/model/fitted_model.py" line="57"/>
        <source>Grade thresholds must be four finite, ascending risk values.</source>
        <translation>등급 기준값은 오름차순인 유한한 위험도 값 네 개여야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="66"/>
        <source>The model needs factor field(s) {names}, which the input does not have. Compute the factors with the settings the model was trained with.</source>
        <translation>모델에 필요한 요인 필드 {names}이(가) 입력에 없습니다. 모델을 학습할 때와 같은 설정으로 요인을 계산하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="117"/>
        <source>The model has no grade thresholds yet; set them with grades.grade_thresholds.</source>
        <translation>모델에 아직 등급 기준값이 없습니다. grades.grade_thresholds로 정하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="125"/>
        <source>Factor names must be present and distinct.</source>
        <translation>요인 이름이 있어야 하며 서로 달라야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="127"/>
        <source>There must be one constraint of -1, 0 or 1 per factor.</source>
        <translation>요인마다 -1, 0, 1 중 하나의 제약이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="129"/>
        <source>There must be one finite reference value per factor.</source>
        <translation>요인마다 유한한 기준값이 하나 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="131"/>
        <source>The trees must read exactly the model's factors.</source>
        <translation>트리는 모델의 요인만 정확히 읽어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="137"/>
        <source>The tie-break must name factors of the model, each with a positive scale.</source>
        <translation>동점 처리에는 모델의 요인을 지정해야 하며, 각 요인의 척도는 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/fitted_model.py" line="144"/>
        <source>Calibration knots must be finite, with raw scores rising and risks rising within 0..1.</source>
        <translation>보정 매듭점은 유한해야 하며, 원점수는 증가하고 위험도는 0..1 안에서 증가해야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="249"/>
        <source>Training needs one row of {count} factor values, one crime flag and one street id per segment; got shapes {factor_shape}, {crime_shape} and {street_shape}.</source>
        <translation>학습에는 구간마다 요인 값 {count}개로 된 행 하나, 범죄 여부 하나, 도로 id 하나가 필요합니다. 받은 크기: {factor_shape}, {crime_shape}, {street_shape}.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="254"/>
        <source>Factor values must not be infinite.</source>
        <translation>요인 값은 무한대일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="257"/>
        <source>Factor(s) {names} have no values.</source>
        <translation>요인 {names}에 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="259"/>
        <source>Training needs segments both with and without crime.</source>
        <translation>학습에는 범죄가 있는 구간과 없는 구간이 모두 필요합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="261"/>
        <source>Training needs at least two streets for grouped cross-validation.</source>
        <translation>도로 단위 교차 검증에는 도로가 둘 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/safety_model.py" line="287"/>
        <source>The factors do not separate segments with crime from those without: the model found no signal to grade by.</source>
        <translation>요인이 범죄가 있는 구간과 없는 구간을 가르지 못합니다. 모델이 등급을 매길 근거를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The booster has fewer trees than requested.</source>
        <translation type="obsolete">부스팅 모델의 트리가 요청한 수보다 적습니다.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../engine/model/modelcard.py" line="20"/>
        <source>Anshim model</source>
        <translation>안심 모델</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="21"/>
        <source>Kernel density of past crimes (baseline)</source>
        <translation>과거 범죄의 커널 밀도(비교 기준)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="22"/>
        <source>Last period's crime count (baseline)</source>
        <translation>직전 기간의 범죄 건수(비교 기준)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="23"/>
        <source>Network kernel density of past crimes, along the streets (baseline)</source>
        <translation>도로를 따라 잰 과거 범죄의 도로망 커널 밀도(비교 기준)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="25"/>
        <source>safest</source>
        <translation>가장 안전</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="25"/>
        <source>safer</source>
        <translation>안전</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="25"/>
        <source>middle</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="25"/>
        <source>less safe</source>
        <translation>관리 필요</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="26"/>
        <source>least safe</source>
        <translation>집중 관리 필요</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="28"/>
        <source>constrained: more of it never raises risk</source>
        <translation>제약: 많아져도 위험도가 높아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="29"/>
        <source>constrained: farther away never lowers risk</source>
        <translation>제약: 멀어져도 위험도가 낮아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="30"/>
        <source>learned freely from the data</source>
        <translation>데이터에서 자유롭게 학습</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="32"/>
        <source>constrained: having it never raises risk</source>
        <translation>제약: 있어도 위험도가 높아지지 않음</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="45"/>
        <location filename="../engine/model/modelcard.py" line="49"/>
        <location filename="../engine/model/modelcard.py" line="99"/>
        <location filename="../engine/model/modelcard.py" line="132"/>
        <location filename="../engine/model/modelcard.py" line="132"/>
        <location filename="../engine/model/modelcard.py" line="147"/>
        <location filename="../engine/model/modelcard.py" line="148"/>
        <location filename="../engine/model/modelcard.py" line="148"/>
        <location filename="../engine/model/modelcard.py" line="149"/>
        <location filename="../engine/model/modelcard.py" line="333"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="49"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="72"/>
        <source>What this model is for</source>
        <translation>이 모델의 용도</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="72"/>
        <source>It grades every ~10 m street segment from 1 to 5 by how likely a crime is there, judged from the street's surroundings: cameras, lights, emergency bells, guard houses, police boxes, safe-return routes, night-time population and street structure. The grades help choose where to put safety facilities and safe-return routes first. They rank streets relative to each other in this network; they are not a crime forecast for any one person or night.</source>
        <translation>약 10 m 길이의 모든 도로 구간에 범죄가 일어날 가능성에 따라 1등급부터 5등급까지 안전등급을 매깁니다. 판단 근거는 카메라, 조명, 안심벨, 여성안심지킴이집, 지구대·파출소, 안심귀갓길, 야간 여성 생활인구, 도로 구조 같은 도로 주변 환경입니다. 등급은 안전시설과 안심귀갓길을 어디에 먼저 둘지 고르는 데 씁니다. 등급은 이 도로망 안에서 도로끼리 비교한 순위이며, 특정 개인이나 특정한 밤의 범죄를 예측하는 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="82"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="84"/>
        <source>SYNTHETIC crimes: the crime points behind this model were generated for demonstration, not recorded by the police. Its grades and metrics show how the method works and say nothing about real safety.</source>
        <translation>합성(SYNTHETIC) 범죄 데이터: 이 모델의 범죄 지점은 시연을 위해 생성한 것이며 경찰이 기록한 것이 아닙니다. 등급과 지표는 방법이 어떻게 작동하는지 보여 줄 뿐, 실제 안전에 대해서는 아무것도 말하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="90"/>
        <source>learned from crimes of {years}; predicts the period after the last</source>
        <translation>{years}년의 범죄로 학습, 마지막 기간의 다음 기간을 예측</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="93"/>
        <source>crime counts without dates (no temporal test possible)</source>
        <translation>날짜 없는 범죄 건수(이후 기간 검증 불가)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="95"/>
        <source>trained on crimes of {train_years}, tested on {test_years}</source>
        <translation>{train_years}년 범죄로 학습, {test_years}년으로 검증</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="98"/>
        <source>trained on crimes of {train_years}</source>
        <translation>{train_years}년 범죄로 학습</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="100"/>
        <location filename="../engine/model/modelcard.py" line="334"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="101"/>
        <source>Street segments</source>
        <translation>도로 구간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="102"/>
        <source>Streets</source>
        <translation>도로</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="103"/>
        <source>Network length</source>
        <translation>도로망 총연장</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="103"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="104"/>
        <location filename="../engine/model/modelcard.py" line="112"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="105"/>
        <source>Crimes, all years</source>
        <translation>범죄 건수(전체 연도)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="106"/>
        <source>Crimes in the training period</source>
        <translation>학습 기간의 범죄 건수</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="107"/>
        <source>Segments with a crime in the training period</source>
        <translation>학습 기간에 범죄가 있었던 구간 비율</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="112"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="112"/>
        <source>Crimes</source>
        <translation>범죄</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="120"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="120"/>
        <source>A gradient-boosting classifier learns, for each segment, the chance that a crime happened on it in the training period. Monotonic constraints force protective facilities to act in the safe direction: an added light, camera, bell, guard house or safe-return route never raises a segment's predicted risk. The chances are calibrated with a logistic curve fitted to out-of-fold scores (Platt scaling). Grades cut the ranked network by length shares weighted to the top, because crime concentrates on few segments.</source>
        <translation>그래디언트 부스팅 분류기가 구간마다 학습 기간에 그 구간에서 범죄가 일어났을 확률을 학습합니다. 단조 제약으로 보호 시설이 안전한 방향으로만 작용하게 합니다. 조명, 카메라, 안심벨, 여성안심지킴이집, 안심귀갓길을 더해도 구간의 예측 위험도는 절대 올라가지 않습니다. 확률은 교차 검증 밖(out-of-fold) 점수에 맞춘 로지스틱 곡선으로 보정합니다(Platt scaling). 범죄는 소수의 구간에 집중되므로, 위험도 순으로 줄 세운 도로망을 길이 비율로 나누어 등급을 정하되, 위험한 등급일수록 비율을 작게 둡니다(5등급 5%, 4등급 10% …).</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="127"/>
        <source>Validation: neighbouring 10 m pieces of one street are near-duplicates, so the model was cross-validated with each whole street held out together ({folds} folds over {streets} streets); where crime dates exist it was also trained on earlier years and tested on a later one. It is always compared with two simple baselines: kernel density of known past crimes and last period's crime count on each segment.</source>
        <translation>검증: 한 도로의 이웃한 10 m 구간들은 거의 같은 자료이므로, 도로 하나를 통째로 떼어 두는 방식으로 교차 검증했습니다(도로 {streets}개에 대해 {folds}개 폴드). 범죄 날짜가 있으면 앞선 연도로 학습하고 이후 연도로도 검증했습니다. 항상 알려진 과거 범죄의 커널 밀도, 구간별 직전 기간 범죄 건수라는 두 가지 단순한 비교 기준과 견줍니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="140"/>
        <source>Size, chosen by the same cross-validation with early stopping: each fold's booster grew trees until {patience} in a row lowered its held-out loss no further ({fewest}–{most} trees per fold); the final model keeps the {trees} trees (depth ≤ {depth}, learning rate {rate}) with the lowest held-out loss over all folds, and its calibration curve is fitted to all folds' held-out scores. The scores of each held-out fold below come from that fold's booster with the number of trees and the calibration chosen on the other folds, so no fold's own crimes chose how it is scored.</source>
        <translation>크기는 같은 교차 검증과 조기 종료로 정했습니다. 각 폴드의 부스터는 연속 {patience}개의 트리가 검증 손실을 더 낮추지 못할 때까지 트리를 늘렸고(폴드당 {fewest}~{most}개), 최종 모델은 모든 폴드에서 검증 손실이 가장 낮은 {trees}개의 트리(깊이 ≤ {depth}, 학습률 {rate})를 유지하며, 보정 곡선은 모든 폴드의 검증 점수에 맞춥니다. 아래 각 검증 폴드의 점수는 다른 폴드에서 정한 트리 수와 보정을 적용한 그 폴드의 부스터에서 나오므로, 어느 폴드도 자기 범죄 자료로 채점 방식을 정하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="157"/>
        <source>That cross-validation was of the model learned on the training periods ({validated:,} rows). The model saved in this file was then fitted on every period ({rows:,} rows) with the same number of trees and the same calibration curve, and not cross-validated again.</source>
        <translation>이 교차 검증은 학습 기간으로 학습한 모델({validated:,}행)에 대한 것입니다. 이 파일에 저장된 모델은 그 뒤 모든 기간({rows:,}행)으로 같은 트리 수와 같은 보정 곡선을 써서 다시 학습했으며, 교차 검증을 다시 하지는 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="169"/>
        <source>The trees learned from every segment: {with_crime:,} with a crime in the training period and {crime_free:,} without.</source>
        <translation>트리는 모든 구간에서 학습했습니다. 학습 기간에 범죄가 있었던 구간 {with_crime:,}개, 없었던 구간 {crime_free:,}개입니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="172"/>
        <source>Case-control sampling: the trees learned from all {with_crime:,} segments with a crime and a random {crime_free:,} of the {available:,} crime-free segments ({per_case} per crime segment), which makes training several times faster on a city. The two classes are weighted to balance either way, so the sample does not change what the trees aim at, and the calibration curve is fitted to every held-out segment, so it does not change the scale of risk.</source>
        <translation>사례-대조 표본 추출: 트리는 범죄가 있었던 구간 {with_crime:,}개 전부와, 범죄가 없었던 구간 {available:,}개 중 무작위 {crime_free:,}개(범죄 구간당 {per_case}개)에서 학습했으며, 이로써 도시 규모에서 학습이 몇 배 빨라집니다. 두 집단은 어느 경우든 균형을 맞추도록 가중되므로 표본이 트리의 학습 목표를 바꾸지 않으며, 보정 곡선은 모든 검증 구간에 맞추므로 위험도의 척도도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="183"/>
        <source>Ranking</source>
        <translation>순위 방식</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="184"/>
        <source>hit rate</source>
        <translation>적중률</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="189"/>
        <source>not available</source>
        <translation>산출 불가</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="216"/>
        <source>The model saved in this file learned from</source>
        <translation>이 파일에 저장된 모델의 학습 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="217"/>
        <source>Crime history (hist_* factors) at grading comes from</source>
        <translation>등급을 매길 때 쓰는 범죄 이력 요인의 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="218"/>
        <source>The temporal hold-out's model learned from</source>
        <translation>시간 검증용 모델의 학습 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="219"/>
        <source>…and was tested on</source>
        <translation>…검증 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="220"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="222"/>
        <source>The cross-validated model (whole streets held out) learned from</source>
        <translation>교차 검증(도로 단위로 분리)한 모델의 학습 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="225"/>
        <source>The model that grades the streets is fitted on every period; validation holds periods out but the saved model does not. With crime history it learns each period from the periods before it, and grades with the history up to the latest period: it predicts the period after the last.</source>
        <translation>도로에 등급을 매기는 모델은 모든 기간으로 학습합니다. 검증에서는 일부 기간을 떼어 두지만 저장되는 모델은 그러지 않습니다. 범죄 이력이 있으면 각 기간을 그 이전 기간들로부터 학습하고, 가장 최근 기간까지의 이력으로 등급을 매깁니다. 즉 마지막 기간의 다음 기간을 예측합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="229"/>
        <source>Without crime history the saved model learned from the training periods; the last period was held out to test it.</source>
        <translation>범죄 이력이 없으므로 저장된 모델은 학습 기간으로 학습했고, 마지막 기간은 검증을 위해 떼어 두었습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="231"/>
        <location filename="../engine/model/modelcard.py" line="232"/>
        <source>Periods</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="232"/>
        <source>Use</source>
        <translation>용도</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="242"/>
        <source>kept</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="242"/>
        <source>left out</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="243"/>
        <source>Crime history, tested against the other factors alone on {period}</source>
        <translation>범죄 이력 검증({period}, 다른 요인만 쓴 모델과 비교)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="244"/>
        <source>{verdict}: PAI at 5 % of length {with_history} with history, {without} without (difference, 95 % range: {low} to {high})</source>
        <translation>{verdict}: 도로 길이 5%에서 PAI 이력 포함 {with_history}, 제외 {without}(차이의 95% 범위: {low}~{high})</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="257"/>
        <source>How well it finds crime</source>
        <translation>범죄 예측 성능</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="257"/>
        <source>PAI (Predictive Accuracy Index) = share of crimes on the flagged segments ÷ share of network length flagged; the hit rate is the share of crimes captured. Both are given for the riskiest 1 %, 5 % and 10 % of street length; a PAI of 1 is no better than picking streets at random. ROC-AUC is 0.5 for a random ranking; PR-AUC for a random ranking equals the share of segments with a crime.</source>
        <translation>PAI(예측 정확도 지수) = 선정된 구간의 범죄 비율 ÷ 선정된 도로망 길이 비율이고, 적중률은 잡아낸 범죄의 비율입니다. 둘 다 위험도가 가장 높은 도로 길이 1%, 5%, 10%에 대해 제시합니다. PAI가 1이면 도로를 무작위로 고른 것보다 나을 것이 없습니다. 무작위 순위의 ROC-AUC는 0.5이고, 무작위 순위의 PR-AUC는 범죄가 있는 구간의 비율과 같습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="262"/>
        <source>Cross-validation, whole streets held out</source>
        <translation>교차 검증(도로 단위로 분리)</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="263"/>
        <source>Later period held out</source>
        <translation>이후 기간으로 검증</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="268"/>
        <source>Not run: with crime history a later period can be held out only from three periods on.</source>
        <translation>실행하지 않음: 범죄 이력을 쓰면 세 기간 이상이 있어야 이후 기간을 떼어 두고 검증할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="270"/>
        <source>Not run: the crimes have no years, or only one.</source>
        <translation>실행하지 않음: 범죄에 연도가 없거나 한 해뿐입니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="273"/>
        <source>Trained on {train_years}, tested on {test_years}: {crimes} crimes in the test period.</source>
        <translation>{train_years}년으로 학습, {test_years}년으로 검증: 검증 기간의 범죄 {crimes}건.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="280"/>
        <source>In brackets: 95 % range over {repeats} bootstrap draws of the test crimes. The network kernel density spreads past crimes along the streets with a bandwidth of {bandwidth} m, the one that best predicted the last training period from the ones before.</source>
        <translation>괄호 안: 검증 기간 범죄를 {repeats}번 부트스트랩 재추출한 95% 범위입니다. 도로망 커널 밀도는 과거 범죄를 도로를 따라 대역폭 {bandwidth} m로 퍼뜨린 것으로, 학습 기간 중 마지막 기간을 그 이전 기간들로 가장 잘 예측한 대역폭입니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="302"/>
        <source>Measured on a random {sampled:,} of the {segments:,} segments, which is enough to rank the factors and keeps the shuffles from costing more than the training.</source>
        <translation>구간 {segments:,}개 중 무작위 {sampled:,}개에서 측정했습니다. 요인 순위를 매기기에 충분하고, 섞기(셔플) 비용이 학습보다 커지지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="306"/>
        <source>Which factors matter</source>
        <translation>주요 요인</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="307"/>
        <source>Drop in cross-validated ROC-AUC when the factor's values are shuffled among held-out segments (mean ± spread over repeats). A larger drop means the model leans on it more; near zero means it adds little beyond the other factors.</source>
        <translation>검증용 구간 사이에서 요인 값을 뒤섞었을 때 교차 검증 ROC-AUC가 떨어지는 정도(반복의 평균 ± 편차). 많이 떨어질수록 모델이 그 요인에 더 많이 기댑니다. 0에 가까우면 다른 요인에 더해 주는 정보가 거의 없다는 뜻입니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="310"/>
        <source>Factor</source>
        <translation>요인</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="310"/>
        <source>What it measures</source>
        <translation>측정 내용</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="310"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="310"/>
        <source>ROC-AUC drop</source>
        <translation>ROC-AUC 감소</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="318"/>
        <source>{grade} = {words}</source>
        <translation>{grade}등급 = {words}</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="319"/>
        <source>{low} – {high}</source>
        <translation>{low}~{high}</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="324"/>
        <source>Grades</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="325"/>
        <source>Grade 1 = safest, grade 5 = least safe (the direction of the national regional safety index). Grades are cut by share of network length, most length in the safest grades, because crime concentrates on a few segments.</source>
        <translation>1등급 = 가장 안전, 5등급 = 집중 관리 필요(국가 지역안전지수와 같은 방향). 범죄는 소수의 구간에 집중되므로, 등급은 도로망 길이 비율로 나누고 가장 안전한 등급에 가장 긴 길이를 둡니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="328"/>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="328"/>
        <source>Predicted risk</source>
        <translation>예측 위험도</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="328"/>
        <source>Target share of length</source>
        <translation>목표 길이 비율</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="328"/>
        <source>Share of length</source>
        <translation>실제 길이 비율</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="334"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="334"/>
        <source>Setting</source>
        <translation>설정 항목</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="341"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="347"/>
        <source>Observational data: cameras and lights are put where crime already is, so in the raw data they go with more crime. The model therefore does not learn their effect freely: it is constrained so that more protection never raises risk, and how much it lowers risk is not a measured causal effect.</source>
        <translation>관찰 자료의 한계: 카메라와 조명은 이미 범죄가 있는 곳에 설치되므로 원자료에서는 범죄가 많은 곳과 함께 나타납니다. 그래서 모델은 그 효과를 자유롭게 학습하지 않고, 보호 시설이 많을수록 위험도가 올라가지 않도록 제약됩니다. 위험도를 얼마나 낮추는지는 측정된 인과 효과가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="350"/>
        <source>Displacement and diffusion of crime are not modelled: a new light may push crime to the next street, or protect it too; the grades do not show either.</source>
        <translation>범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다. 새 보안등이 범죄를 옆 도로로 밀어낼 수도 있고 옆 도로까지 지켜 줄 수도 있지만, 등급은 어느 쪽도 보여 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="352"/>
        <source>Grades compare segments within this network and period; they do not carry over to another district.</source>
        <translation>등급은 이 도로망과 기간 안에서 구간끼리 비교한 것이며 다른 지역에 그대로 적용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="353"/>
        <source>CCTV sites are sensitive: public outputs show camera counts aggregated to segments, never camera points.</source>
        <translation>방범용 CCTV 설치 지점은 민감 정보입니다. 공개 자료에는 구간별로 합산한 카메라 수만 보여 주고 카메라 위치는 절대 보여 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="356"/>
        <source>Crime history factors follow where crime was recorded, which is not always where it happened: police.uk, for one, moves every crime to the nearest of a fixed set of map points. They also make the grades persistent: a street stays in a high grade for a period after crime there stops.</source>
        <translation>범죄 이력 요인은 범죄가 실제로 일어난 곳이 아니라 기록된 곳을 따릅니다. 예를 들어 police.uk는 모든 범죄를 정해진 지도 지점 중 가장 가까운 곳으로 옮깁니다. 또 등급이 쉽게 바뀌지 않아, 범죄가 멈춘 뒤에도 한 기간 동안은 높은 등급에 남습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="361"/>
        <source>The crimes are SYNTHETIC: nothing here describes real safety.</source>
        <translation>범죄는 합성(SYNTHETIC) 데이터입니다. 여기 있는 어떤 내용도 실제 안전을 나타내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="362"/>
        <source>Limits</source>
        <translation>한계</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="384"/>
        <source>Anshim street safety model card</source>
        <translation>안심 도로 안전 모델 카드</translation>
    </message>
    <message>
        <location filename="../engine/model/modelcard.py" line="386"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../engine/model/modelfile.py" line="56"/>
        <source>Manifest entries {names} are written by Anshim and cannot be passed in.</source>
        <translation>매니페스트 항목 {names}은(는) 플러그인이 직접 기록하므로 넘겨줄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="74"/>
        <source>The manifest must hold only JSON values (finite numbers): {error}</source>
        <translation>매니페스트에는 JSON 값(유한한 숫자)만 있어야 합니다: {error}</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="86"/>
        <source>{path} was modified after it was saved (its manifest does not match its checksum).</source>
        <translation>{path}은(는) 저장된 뒤에 수정되었습니다(매니페스트가 체크섬과 맞지 않습니다).</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="90"/>
        <source>{path} was modified after it was saved (its arrays do not match their checksum).</source>
        <translation>{path}은(는) 저장된 뒤에 수정되었습니다(배열이 체크섬과 맞지 않습니다).</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="97"/>
        <source>{path} is not a valid Anshim model: {error}</source>
        <translation>{path}은(는) 올바른 안심 모델이 아닙니다: {error}</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="120"/>
        <location filename="../engine/model/modelfile.py" line="124"/>
        <location filename="../engine/model/modelfile.py" line="152"/>
        <source>{path} is not an Anshim model file.</source>
        <translation>{path}은(는) 안심 모델 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="129"/>
        <source>{path} is not a valid Anshim model: '{name}' is larger than {limit} bytes.</source>
        <translation>{path}은(는) 올바른 안심 모델이 아닙니다: '{name}'이(가) {limit}바이트보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="138"/>
        <source>{path} is damaged: '{name}' cannot be read.</source>
        <translation>{path}이(가) 손상되었습니다: '{name}'을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="149"/>
        <source>{path} is not an Anshim model file (unreadable manifest).</source>
        <translation>{path}은(는) 안심 모델 파일이 아닙니다(매니페스트를 읽을 수 없음).</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="155"/>
        <source>{path} is not a valid Anshim model: its format version is missing.</source>
        <translation>{path}은(는) 올바른 안심 모델이 아닙니다: 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="158"/>
        <source>{path} uses format version {version}; this Anshim reads up to {FORMAT_VERSION}. Update the Anshim plugin to use it.</source>
        <translation>{path}은(는) 형식 버전 {version}을(를) 씁니다. 설치된 안심 플러그인은 버전 {FORMAT_VERSION}까지만 읽을 수 있으므로, 이 파일을 쓰려면 플러그인을 업데이트하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="166"/>
        <source>non-finite number {constant}</source>
        <translation>유한하지 않은 숫자 {constant}</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="175"/>
        <source>{path} is not a valid Anshim model: its arrays are not the expected ones.</source>
        <translation>{path}은(는) 올바른 안심 모델이 아닙니다: 배열이 예상한 것과 다릅니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="183"/>
        <source>{path} is not a valid Anshim model: its arrays are damaged.</source>
        <translation>{path}은(는) 올바른 안심 모델이 아닙니다: 배열이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="197"/>
        <source>{invalid} has an unreadable header.</source>
        <translation>{invalid}의 헤더를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="199"/>
        <source>{invalid} holds Python objects (pickled data), which Anshim never loads.</source>
        <translation>{invalid}에 Python 객체(pickle 데이터)가 들어 있습니다. 안심은 이런 데이터를 절대 불러오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="202"/>
        <source>{invalid} has type {dtype}; expected {expected}.</source>
        <translation>{invalid}의 자료형이 {dtype}입니다. {expected}이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="207"/>
        <source>{invalid} does not match its declared shape {shape}.</source>
        <translation>{invalid}이(가) 선언된 크기 {shape}와 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="219"/>
        <source>'grade_thresholds' must be a list of numbers or null.</source>
        <translation>'grade_thresholds'는 숫자 목록이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="221"/>
        <source>the baseline must be a single number.</source>
        <translation>기준값은 숫자 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="225"/>
        <location filename="../engine/model/modelfile.py" line="236"/>
        <source>the manifest's '{key}' has the wrong type.</source>
        <translation>매니페스트의 '{key}' 자료형이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/modelfile.py" line="233"/>
        <source>the manifest lacks '{key}'.</source>
        <translation>매니페스트에 '{key}'이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../qgis_io/models.py" line="24"/>
        <source>Model file '{path}' was refused: {error}</source>
        <translation>모델 파일 '{path}'을(를) 거부했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../qgis_io/models.py" line="35"/>
        <source>{layer_name} layer '{source_name}': {error}</source>
        <translation>{layer_name} 레이어 '{source_name}': {error}</translation>
    </message>
    <message>
        <location filename="../qgis_io/models.py" line="43"/>
        <source>{layer_name} layer has no line geometries.</source>
        <translation>{layer_name} 레이어에 선 도형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/models.py" line="55"/>
        <source>{layer_name}: {count:,} of {total:,} segments have no usable value (NULL, text, infinite or beyond ±10¹²) for factor(s) {names}: missing values are graded as the model learned to treat them, absurd ones as they are. Check the layer, or compute the factors again.</source>
        <translation>{layer_name}: 구간 {total:,}개 중 {count:,}개에 요인 {names}의 쓸 수 있는 값이 없습니다(NULL, 문자, 무한대 또는 ±10¹² 초과). 빈 값은 모델이 학습한 방식대로, 터무니없는 값은 그대로 등급을 매깁니다. 레이어를 확인하거나 요인을 다시 계산하십시오.</translation>
    </message>
    <message>
        <source>{layer_name} layer '{source_name}': {error}. Run 'Compute safety factors' with the layers the model was trained with.</source>
        <translation type="obsolete">{layer_name} 레이어 '{source_name}': {error}. 모델을 학습할 때 쓴 레이어로 '안전 요인 계산'을 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>OgrSource</name>
    <message>
        <location filename="../qgis_io/ogr_source.py" line="39"/>
        <source>GDAL could not open {path}.</source>
        <translation>GDAL이 {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/ogr_source.py" line="45"/>
        <source>GDAL found no layer {layer} in {path}.</source>
        <translation>GDAL이 {path}에서 레이어 {layer}을(를) 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>OptimiseSites</name>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="159"/>
        <source>Choose at least one kind of facility in KINDS.</source>
        <translation>KINDS에서 시설 종류를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="162"/>
        <source>The model does not use the factors of {kind}: such sites cannot change any grade and are left out.</source>
        <translation>모델이 {kind}의 요인을 사용하지 않습니다. 이러한 시설은 어떤 등급도 바꿀 수 없으므로 제외합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="175"/>
        <source>Cannot optimise: {error}.</source>
        <translation>최적화할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="204"/>
        <source>The existing proposal layers hold {count} scenarios ({names}): set SCENARIO to the one to build on.</source>
        <translation>기존 제안 레이어에 시나리오가 {count}개 있습니다({names}). 이어서 작업할 시나리오를 SCENARIO에 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="210"/>
        <source>Building on scenario '{name}': {sites} sites and {routes} routes.</source>
        <translation>시나리오 '{name}'에 이어서 작업합니다: 시설 {sites}곳, 경로 {routes}개.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="218"/>
        <source>Candidate sites layer '{name}' has no points: add candidate points to it, or leave CANDIDATES empty to generate candidates along the streets.</source>
        <translation>후보 지점 레이어 '{name}'에 점이 없습니다. 후보 점을 추가하거나, CANDIDATES를 비워 도로를 따라 후보를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="222"/>
        <source>{points:,} candidate points × {kinds} kinds = {count:,} candidates.</source>
        <translation>후보 지점 {points:,}개 × 종류 {kinds}개 = 후보 {count:,}개.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="230"/>
        <source>{count:,} candidates generated along the streets.</source>
        <translation>도로를 따라 후보 {count:,}개를 생성했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="232"/>
        <source>No candidate site: give CANDIDATES, or lower MIN_GRADE or MIN_SEPARATION, or choose other KINDS.</source>
        <translation>후보 지점이 없습니다. CANDIDATES를 지정하거나, MIN_GRADE 또는 MIN_SEPARATION을 낮추거나, 다른 KINDS를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="239"/>
        <source>{picks} sites for {cost:,.0f} KRW; objective reduced by {gain:.4f}. {calls:,} measurements ({fewer:.1f}× fewer than plain greedy); diminishing returns failed on {violations} of {reevaluations} re-measured gains.</source>
        <translation>{picks}곳, {cost_ko}. 목표값 {gain:.4f} 감소. 측정 {calls:,}회(단순 탐욕법보다 {fewer:.1f}배 적음). 재측정한 이득 {reevaluations}건 중 {violations}건에서 수확 체감이 성립하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="261"/>
        <source>rank {rank} of {count}</source>
        <translation>{count}개 중 {rank}위</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="265"/>
        <source>Could not write the best sites: {error}</source>
        <translation>최적 입지를 저장하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>OptimiseSitesAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="58"/>
        <source>Find best sites</source>
        <translation>최적 입지 찾기</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="61"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="67"/>
        <source>Finds the new CCTV sites, security lights, emergency bells and women's safety guard houses that cut the most risk for a BUDGET (KRW), with the scenario engine measuring every candidate exactly.

Candidates are the points of CANDIDATES (e.g. poles the district owns), each usable for every kind in KINDS, or else a point every CANDIDATE_SPACING m along the streets of grade MIN_GRADE or worse, at least MIN_SEPARATION m from an existing facility of the same kind. EXISTING_SITES/EXISTING_ROUTES (proposal layers, with SCENARIO when they hold several) are the scenario to build on; the budget is for the new sites only.

Method: cost-benefit lazy greedy (CELF), compared with greedy by gain alone and the best single site, then swaps of a chosen site for an unchosen one while that improves the OBJECTIVE (the expected-incident proxy, or km of street in grades 4–5). Diminishing returns are not guaranteed; the report says how often they failed. Displacement of crime is not modelled.

OUTPUT: the chosen sites in the proposal format (scenario, kind, cameras, note) plus rank, gain, cumulative_cost_krw and cumulative_gain, ready for 'Simulate scenario' and the planner dock. REPORT: an HTML page with the cost–benefit curve and the table, and the scenario's numbers in a .csv beside it.</source>
        <translation>예산(BUDGET, 원) 안에서 위험도를 가장 많이 줄이는 신규 방범용 CCTV 지점, 보안등, 안심벨, 여성안심지킴이집을 찾습니다. 모든 후보는 시나리오 엔진이 정확히 측정합니다.

후보는 CANDIDATES의 점(예: 구청 소유 전주)이며 각 점은 KINDS의 모든 종류에 쓸 수 있습니다. CANDIDATES가 없으면 등급이 MIN_GRADE 이상(더 관리가 필요한 쪽)인 도로를 따라 CANDIDATE_SPACING m마다 점을 만들되, 같은 종류의 기존 시설에서 MIN_SEPARATION m 이상 떨어지게 합니다. EXISTING_SITES/EXISTING_ROUTES(제안 레이어, 여러 시나리오가 있으면 SCENARIO로 지정)는 이어서 작업할 시나리오이며, 예산은 신규 시설에만 씁니다.

방법: 비용 대비 효과 지연 탐욕법(CELF)을 이득만 보는 탐욕법, 단일 최적 지점과 비교한 뒤, 선택한 지점을 선택하지 않은 지점으로 바꾸는 교환을 OBJECTIVE(예상 사건 지표 또는 4~5등급 도로 km)가 개선되는 동안 반복합니다. 수확 체감은 보장되지 않으며, 보고서에 성립하지 않은 횟수를 밝힙니다. 범죄 전이 효과는 모델에 반영하지 않았습니다.

OUTPUT: 제안 형식(scenario, kind, cameras, note)의 선택 지점과 rank, gain, cumulative_cost_krw, cumulative_gain. '시나리오 모의 분석'과 계획 도구 패널에서 바로 쓸 수 있습니다. REPORT: 비용–효과 곡선과 표가 있는 HTML 페이지, 그리고 옆에 시나리오 수치를 담은 .csv.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="85"/>
        <source>Segments with the factor fields the model uses (e.g. the output of 'Grade streets').</source>
        <translation>모델이 사용하는 요인 필드가 있는 구간(예: '도로 구간 안전등급 산정'의 출력).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="86"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="88"/>
        <source>The .anshim model the segments were graded with.</source>
        <translation>구간의 안전등급을 산정할 때 쓴 .anshim 모델.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="88"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="90"/>
        <source>Money for the new sites, in KRW, at the unit costs below.</source>
        <translation>아래 단가 기준 신규 시설 예산(원).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="91"/>
        <source>Budget (KRW)</source>
        <translation>예산(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="93"/>
        <source>Which kinds of facility the optimiser may propose.</source>
        <translation>최적화 도구가 제안할 수 있는 시설 종류.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="94"/>
        <source>Facilities to place</source>
        <translation>배치할 시설</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="96"/>
        <source>Planning figure, as in 'Simulate scenario'; replace it with a local quote.</source>
        <translation>'시나리오 모의 분석'과 같은 계획용 값입니다. 지역의 실제 견적으로 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="98"/>
        <source>Cameras at each proposed CCTV site.</source>
        <translation>제안 방범용 CCTV 지점마다 설치할 카메라 수.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="99"/>
        <source>Cameras per proposed CCTV site</source>
        <translation>제안 방범용 CCTV 지점당 카메라 수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="102"/>
        <source>Allowed sites, e.g. poles the district owns; without them candidates are generated along the streets.</source>
        <translation>설치 가능 지점(예: 구청 소유 보안등·CCTV 지주). 지정하지 않으면 도로를 따라 후보를 생성합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="103"/>
        <source>Candidate sites</source>
        <translation>후보 지점</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="105"/>
        <source>One generated candidate per this many metres of street (at most one per segment).</source>
        <translation>도로 이 길이(m)마다 후보 하나를 생성합니다(구간당 최대 하나).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="106"/>
        <source>Candidate spacing along the streets (m)</source>
        <translation>도로를 따른 후보 간격(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="109"/>
        <source>Generated candidates lie on segments of this grade or worse (5 = least safe).</source>
        <translation>생성 후보는 이 등급 이상(더 관리가 필요한 쪽)의 구간에 놓입니다(5 = 집중 관리 필요).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="110"/>
        <source>Candidates on grade at least</source>
        <translation>후보 구간 최소 등급</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="113"/>
        <source>Generated candidates keep this far from existing facilities (and proposals) of the same kind.</source>
        <translation>생성 후보는 같은 종류의 기존 시설(및 제안)에서 이 거리만큼 떨어집니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="114"/>
        <source>Minimum distance from existing facilities of the kind (m)</source>
        <translation>같은 종류 기존 시설과의 최소 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="118"/>
        <source>A proposal layer of sites to build on (e.g. the dock's anshim_proposed_sites).</source>
        <translation>이어서 작업할 시설 제안 레이어(예: 계획 도구 패널의 anshim_proposed_sites).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="119"/>
        <source>Existing scenario: proposed sites</source>
        <translation>기존 시나리오: 제안 시설</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="121"/>
        <source>A proposal layer of safe-return routes to build on.</source>
        <translation>이어서 작업할 안심귀갓길 제안 레이어.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="122"/>
        <source>Existing scenario: proposed routes</source>
        <translation>기존 시나리오: 제안 경로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="124"/>
        <source>What to reduce: risk weighted by night-time population, or street length in grades 4 and 5.</source>
        <translation>줄일 대상: 야간 여성 생활인구로 가중한 위험도, 또는 4~5등급 도로 길이.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="125"/>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="126"/>
        <source>Expected-incident proxy</source>
        <translation>예상 사건 지표</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="126"/>
        <source>Km of street in grades 4–5</source>
        <translation>4~5등급 도로 km</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="128"/>
        <source>The 'scenario' value of the chosen sites; with existing proposal layers holding several scenarios, the one of that name is built on.</source>
        <translation>선택 지점의 'scenario' 값. 기존 제안 레이어에 여러 시나리오가 있으면 이 이름의 시나리오에 이어서 작업합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="129"/>
        <source>Scenario name</source>
        <translation>시나리오 이름</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="132"/>
        <source>The chosen sites in the proposal format with rank, gain, cumulative_cost_krw and cumulative_gain.</source>
        <translation>rank, gain, cumulative_cost_krw(누적 비용, 원), cumulative_gain이 포함된 제안 형식의 선택 지점.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="133"/>
        <source>Best sites</source>
        <translation>최적 입지</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="135"/>
        <source>The cost–benefit curve and the table; the scenario's numbers go in a .csv beside it.</source>
        <translation>비용–효과 곡선과 표. 시나리오 수치는 옆의 .csv에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="136"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="136"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="140"/>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="140"/>
        <source>Security light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="140"/>
        <source>Emergency bell</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/optimise_sites.py" line="141"/>
        <source>Women's safety guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
</context>
<context>
    <name>OptimiserReport</name>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="12"/>
        <source>CCTV site</source>
        <translation>방범용 CCTV</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="12"/>
        <source>security light</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="12"/>
        <source>emergency bell</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="13"/>
        <source>women's safety guard house</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="17"/>
        <source>cost-benefit greedy</source>
        <translation>비용 대비 효과 탐욕법</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="17"/>
        <source>unit-cost greedy</source>
        <translation>단위 비용 탐욕법(이득만 고려)</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="18"/>
        <source>best single site</source>
        <translation>단일 최적 지점</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="22"/>
        <source>reduction of the expected-incident proxy</source>
        <translation>예상 사건 지표 감소량</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="23"/>
        <source>reduction of street km in grades 4–5</source>
        <translation>4~5등급 도로 km 감소량</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="55"/>
        <source>budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="61"/>
        <source>cumulative cost (million KRW)</source>
        <translation>누적 비용(100만 원)</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="69"/>
        <source>Anshim: best sites for the budget</source>
        <translation>안심: 예산 내 최적 입지</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="82"/>
        <source>{picks} sites chosen from {candidates:,} candidates for {cost:,.0f} KRW of a {budget:,.0f} KRW budget. Expected-incident proxy {before:.2f} before, {after:.2f} after ({per_million:.4f} less per million KRW of new sites); street km in grades 4–5 {km_before:.2f} before, {km_after:.2f} after.</source>
        <translation>후보 {candidates:,}곳 중 {picks}곳을 골랐습니다(예산 {budget_ko} 중 {cost_ko} 사용). 예상 사건 지표: 시행 전 {before:,.2f}, 시행 후 {after:,.2f}(신규 시설 100만 원당 {per_million:.4f} 감소). 4~5등급 도로 길이: 시행 전 {km_before:.2f} km, 시행 후 {km_after:.2f} km.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="90"/>
        <source>Chosen by: {strategy}, then {swaps} swaps. The scenario engine measured {calls:,} marginal gains, where greedy without laziness would have measured {plain:,} ({fewer:.1f}× more). Diminishing returns failed on {violations:,} of {reevaluations:,} re-measured gains ({rate:.1f} %).</source>
        <translation>선택 방법: {strategy}, 이어서 교환 {swaps}회. 시나리오 엔진이 한계 이득을 {calls:,}회 측정했습니다(지연 평가 없는 탐욕법이라면 {plain:,}회, {fewer:.1f}배 더 많음). 재측정한 이득 {reevaluations:,}건 중 {violations:,}건({rate:.1f}%)에서 수확 체감이 성립하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Cameras</source>
        <translation>카메라</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Cost (KRW)</source>
        <translation>비용(원)</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="98"/>
        <source>Cumulative cost (KRW)</source>
        <translation>누적 비용(원)</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="99"/>
        <source>Cumulative gain</source>
        <translation>누적 이득</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="101"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="107"/>
        <source>Cost–benefit curve</source>
        <translation>비용 대비 효과 곡선</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="109"/>
        <source>Each dot is one more site, in rank order; the curve flattens where further sites add little.</source>
        <translation>점 하나는 순위대로 더한 입지 하나입니다. 곡선이 평평해지는 곳부터는 입지를 더해도 효과가 작습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="110"/>
        <source>Ranked sites</source>
        <translation>순위별 지점</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="112"/>
        <source>Gain: the site's {objective} after the sites ranked above it.</source>
        <translation>이득: 위 순위 지점들을 반영한 뒤 이 지점이 더하는 {objective}.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="114"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="116"/>
        <source>Objective before the swap pass, by strategy:</source>
        <translation>교환 단계 전 전략별 목표값:</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="117"/>
        <source>Limits</source>
        <translation>한계</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="118"/>
        <source>Greedy search is guaranteed close to the best only when sites have diminishing returns; here they need not (counts within a radius and grade thresholds interact), as the failure count above shows.</source>
        <translation>탐욕 탐색은 지점에 수확 체감이 있을 때에만 최적에 가깝다고 보장됩니다. 여기서는 그렇지 않을 수 있으며(반경 내 개수와 등급 기준값이 상호작용함), 위의 실패 횟수가 이를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="121"/>
        <source>Only the candidate sites were considered; a site off the candidates may do better.</source>
        <translation>후보 지점만 검토했습니다. 후보가 아닌 곳이 더 나을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="122"/>
        <source>Displacement and diffusion of crime are not modelled: crime prevented on one street may move to, or also fall on, its neighbours.</source>
        <translation>범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다. 한 도로에서 예방된 범죄가 이웃 도로로 옮겨 가거나 이웃 도로에서도 함께 줄어들 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/optimiser_report.py" line="124"/>
        <source>Unit costs are editable planning figures, not quotes.</source>
        <translation>단가는 견적이 아니라 수정 가능한 계획용 값입니다.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../engine/factors/periods.py" line="121"/>
        <source>{parameter_id} '{part}' is not a period: name years (2016, or 2016-2018), quarters (2016Q3) or months (2016-07), and ranges as 2016-07~2016-09.</source>
        <translation>{parameter_id} '{part}'은(는) 기간이 아닙니다. 연도(2016 또는 2016-2018), 분기(2016Q3), 월(2016-07)로 쓰고, 범위는 2016-07~2016-09처럼 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../engine/factors/periods.py" line="137"/>
        <source>{parameter_id} '{part}' covers none of the segments' crime periods ({available}). A month or quarter can be named only when 'Compute safety factors' counted crimes per month or quarter (CRIME_PERIOD).</source>
        <translation>{parameter_id} '{part}'에 해당하는 구간의 범죄 집계 기간이 없습니다({available}). 월이나 분기는 '안전 요인 계산'에서 범죄를 월별이나 분기별로 센 경우(CRIME_PERIOD)에만 지정할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <location filename="../qgis_io/plausibility.py" line="29"/>
        <source>{layer}: {count:,} site(s) have a camera count in '{field}' that is not a whole number from 0 to {most} (for example {examples}). Correct them, or leave the cameras field empty to count one camera per site.</source>
        <translation>{layer}: 지점 {count:,}곳의 '{field}' 카메라 수가 0부터 {most}까지의 정수가 아닙니다(예: {examples}). 값을 고치거나, 카메라 수 필드를 비워 지점마다 카메라 1대로 세십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/plausibility.py" line="46"/>
        <source>{layer}: {future:,} crime(s) dated after {this_year} and {ancient:,} before {earliest} cannot be right; they count in crime_n but in no year's count. Check the date field.</source>
        <translation>{layer}: {this_year}년 이후 날짜의 범죄 {future:,}건과 {earliest}년 이전 날짜의 범죄 {ancient:,}건은 맞을 수 없습니다. crime_n에는 세지만 연도별 수에는 넣지 않습니다. 날짜 필드를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/plausibility.py" line="63"/>
        <source>{layer} does not overlap the street segments: every segment would get 0 people. Check that it covers the district and its CRS is right.</source>
        <translation>{layer}이(가) 도로 구간과 겹치지 않아 모든 구간의 인구가 0이 됩니다. 래스터가 지역을 덮는지, 좌표계가 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/plausibility.py" line="71"/>
        <source>{layer} has {count:,} cells with a negative number of people (as low as {lowest:g}). Set that value as the raster's nodata value, or correct the cells.</source>
        <translation>{layer}에 인구가 음수인 셀이 {count:,}개 있습니다(최저 {lowest:g}). 그 값을 래스터의 nodata 값으로 지정하거나 셀을 고치십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/plausibility.py" line="76"/>
        <source>{layer}: {count:,} of {cells:,} cells have no value (nodata or NaN); segments on them, and outside the raster, count 0 people per km².</source>
        <translation>{layer}: 셀 {cells:,}개 중 {count:,}개에 값이 없습니다(nodata 또는 NaN). 그 셀 위와 래스터 밖의 구간은 km²당 0명으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/plausibility.py" line="105"/>
        <source>Segments layer '{layer}': fields {fields} look like Anshim fields whose names were cut to 10 characters (a Shapefile does that), so they are not used: without the crime counts per year ({prefix}&lt;year&gt;) there is no temporal hold-out and no crime history. Use the GeoPackage output of 'Compute safety factors', or rename the fields.</source>
        <translation>구간 레이어 '{layer}': 필드 {fields}는 이름이 10자로 잘린 안심 필드로 보입니다(Shapefile이 이름을 자릅니다). 그래서 이 필드는 쓰지 않습니다. 연도별 범죄 건수({prefix}&lt;연도&gt;)가 없으면 시간 검증도 범죄 이력도 없습니다. '안전 요인 계산'의 GeoPackage 출력을 쓰거나 필드 이름을 바로잡으십시오.</translation>
    </message>
</context>
<context>
    <name>ProposalFormat</name>
    <message>
        <location filename="../engine/planning/proposals.py" line="68"/>
        <source>kind '{kind}' is not one of {names}</source>
        <translation>kind '{kind}'은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/proposals.py" line="73"/>
        <source>a CCTV site needs a whole number of cameras from 1 to {most}, not {cameras}</source>
        <translation>방범용 CCTV 지점의 카메라 수는 1부터 {most}까지의 정수여야 합니다. {cameras}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/proposals.py" line="77"/>
        <source>the site's coordinates must be finite numbers, not ({x}, {y})</source>
        <translation>지점의 좌표는 유한한 수여야 합니다. ({x}, {y})은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/proposals.py" line="87"/>
        <source>route '{name}' has a vertex whose coordinates are not finite numbers</source>
        <translation>경로 '{name}'에 좌표가 유한한 수가 아닌 꼭짓점이 있습니다</translation>
    </message>
    <message>
        <location filename="../engine/planning/proposals.py" line="90"/>
        <source>route '{name}' needs at least two distinct vertices</source>
        <translation>경로 '{name}'에는 서로 다른 꼭짓점이 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>a CCTV site needs a whole number of cameras of at least 1, not {cameras}</source>
        <translation type="obsolete">방범용 CCTV 설치 지점의 카메라 대수는 1 이상의 정수여야 합니다(지금 값: {cameras})</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <location filename="../qgis_io/proposals.py" line="37"/>
        <source>{layer_name} layer '{source_name}' has no field {names}: a proposal layer needs {needed} (see the proposal format in the README).</source>
        <translation>{layer_name} 레이어 '{source_name}'에 {names} 필드가 없습니다. 제안 레이어에는 {needed} 필드가 필요합니다(README의 제안 형식 참조).</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="45"/>
        <source>Proposed sites</source>
        <translation>제안 시설 지점</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="64"/>
        <location filename="../qgis_io/proposals.py" line="85"/>
        <source>{layer_name} layer, feature {feature}: {error}.</source>
        <translation>{layer_name} 레이어, 객체 {feature}: {error}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="72"/>
        <source>Proposed routes</source>
        <translation>제안 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="93"/>
        <source>the proposal layers</source>
        <translation>제안 레이어</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="96"/>
        <source>No proposal found in {layer_names}: add proposed sites or routes with a 'scenario' name first.</source>
        <translation>{layer_names}에 제안이 없습니다. 먼저 'scenario'(시나리오 이름)가 있는 제안 시설이나 제안 경로를 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="102"/>
        <source>Scenario {names} is not in {layer_names}; the scenarios there are {available}.</source>
        <translation>시나리오 {names}이(가) {layer_names}에 없습니다. 있는 시나리오: {available}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/proposals.py" line="117"/>
        <location filename="../qgis_io/proposals.py" line="122"/>
        <source>Could not write {table} to '{path}': {error_message}</source>
        <translation>{table}을(를) '{path}'에 쓸 수 없습니다: {error_message}</translation>
    </message>
</context>
<context>
    <name>SafeRouteAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="37"/>
        <source>Safest walking route</source>
        <translation>가장 안전한 보행 경로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="40"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="46"/>
        <source>Finds, for each origin–destination pair, the shortest walking route over the graded street segments and the safest one that is at most MAX_DETOUR times as long (default 1.25).

Exposure of a route is the sum of the risk of the segments it walks, a segment walked in part counted by the share walked. The network joins segment ends within 0.5 m. Origins and destinations snap to the nearest point of the nearest segment within 100 m. Method: nodes that cannot lie on a route within the detour are pruned (two Dijkstra runs), then exposure is minimised under the length limit by Lagrangian relaxation over length, and any gap left is closed exactly by a label-setting search.

Pairs go by feature order, or by a PAIR_FIELD present in both layers. Output: two lines per pair, route = shortest and safest, with pair, length_m, exposure, km_grade_4_5 and detour (length over the shortest's). A pair whose point lies more than 100 m from every segment, or whose points the network does not connect, is named in the log and counted in FAILED_PAIRS.</source>
        <translation>출발지–목적지 쌍마다 안전등급이 부여된 도로 구간 위의 최단 보행 경로와, 길이가 최단 경로의 MAX_DETOUR배(기본 1.25) 이하인 가장 안전한 경로를 찾습니다.

경로의 노출도는 경로가 지나는 구간의 위험도 합이며, 일부만 지나는 구간은 지나는 비율만큼 셉니다. 도로망은 0.5 m 안의 구간 끝점을 연결합니다. 출발지와 목적지는 100 m 안에서 가장 가까운 구간의 가장 가까운 점에 붙입니다. 방법: 우회 한도 안의 경로에 놓일 수 없는 노드를 제거하고(Dijkstra 2회), 길이에 대한 라그랑주 완화로 길이 제한 아래 노출도를 최소화한 뒤, 남은 차이는 레이블 설정 탐색으로 정확히 메웁니다.

쌍은 객체 순서로, 또는 두 레이어에 모두 있는 PAIR_FIELD로 맺습니다. 출력: 쌍마다 선 두 개(route = shortest, safest)와 pair, length_m, exposure, km_grade_4_5, detour(최단 경로 대비 길이). 점이 모든 구간에서 100 m보다 멀거나 도로망이 두 점을 연결하지 않는 쌍은 로그에 표시하고 FAILED_PAIRS에 셉니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="60"/>
        <source>Output of 'Grade streets': segments with risk and grade.</source>
        <translation>'도로 구간 안전등급 산정'의 출력: risk와 grade가 있는 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="61"/>
        <location filename="../processing_algorithms/safe_route.py" line="86"/>
        <location filename="../processing_algorithms/safe_route.py" line="87"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="63"/>
        <source>Start points, e.g. bus stops or station exits.</source>
        <translation>출발 지점(예: 버스 정류장, 역 출구).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="64"/>
        <location filename="../processing_algorithms/safe_route.py" line="133"/>
        <source>Origins</source>
        <translation>출발지</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="66"/>
        <source>End points, e.g. homes or housing blocks.</source>
        <translation>도착 지점(예: 주택, 주거 단지).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="67"/>
        <location filename="../processing_algorithms/safe_route.py" line="134"/>
        <source>Destinations</source>
        <translation>목적지</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="69"/>
        <source>An origin goes with the destination of the same value in this field; empty: by feature order.</source>
        <translation>출발지는 이 필드 값이 같은 목적지와 짝을 이룹니다. 비워 두면 객체 순서로 짝짓습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="70"/>
        <source>Pair field (in both layers)</source>
        <translation>짝 필드(두 레이어 공통)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="73"/>
        <source>The safest route is at most this many times as long as the shortest.</source>
        <translation>가장 안전한 경로의 우회 허용 한도: 최단 경로 길이의 몇 배까지 허용할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="74"/>
        <source>Maximum detour (times the shortest)</source>
        <translation>최대 우회 비율(최단 경로 대비 배수)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="77"/>
        <source>Two lines per pair: route = shortest and safest.</source>
        <translation>쌍마다 선 두 개: route = shortest(최단 경로), safest(가장 안전한 경로).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="78"/>
        <source>Walking routes</source>
        <translation>보행 경로</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="80"/>
        <source>Pairs without a route</source>
        <translation>경로가 없는 쌍</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="99"/>
        <source>Pair {pair}: no route. {reason}</source>
        <translation>쌍 {pair}: 경로 없음. {reason}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="103"/>
        <source>Pair {pair}: the exact search stopped at its label limit; the safest route shown is within {gap:.1f} % of the least exposure possible.</source>
        <translation>쌍 {pair}: 정확 탐색이 레이블 한도에서 멈췄습니다. 표시된 가장 안전한 경로는 가능한 최소 노출도와 {gap:.1f}% 이내 차이입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="109"/>
        <source>Pair {pair}: origin and destination snap to the same point.</source>
        <translation>쌍 {pair}: 출발지와 목적지가 같은 점에 붙습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="120"/>
        <source>No origin–destination pair could be routed (see the messages above): nothing was written. Check that the origins and destinations lie within 100 m of the graded streets.</source>
        <translation>경로를 찾은 출발지–도착지 쌍이 없습니다(위의 메시지를 보십시오). 아무것도 쓰지 않았습니다. 출발지와 도착지가 등급이 매겨진 도로에서 100 m 안에 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="138"/>
        <source>{origins} origins and {destinations} destinations: the first {pairs} of each are paired by feature order, the rest have no partner.</source>
        <translation>출발지 {origins}개, 목적지 {destinations}개: 각각 처음 {pairs}개를 객체 순서로 짝지었고 나머지는 짝이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="150"/>
        <source>Destinations layer '{layer}': {count} {field} value(s) are shared by two or more destinations ({values}); each such pair is routed to its first destination only. Give every destination its own {field} value.</source>
        <translation>도착지 레이어 '{layer}': {field} 값 {count}개를 도착지 둘 이상이 함께 씁니다({values}). 이런 쌍은 첫 번째 도착지로만 경로를 찾습니다. 도착지마다 서로 다른 {field} 값을 주십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="154"/>
        <source>Origins layer '{layer}': {count} {field} value(s) are shared by two or more origins ({values}); each of those origins is routed, and their routes carry the same pair value. Give every origin its own {field} value.</source>
        <translation>출발지 레이어 '{layer}': {field} 값 {count}개를 출발지 둘 이상이 함께 씁니다({values}). 이 출발지마다 경로를 찾지만, 그 경로들은 같은 쌍 값을 갖습니다. 출발지마다 서로 다른 {field} 값을 주십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="161"/>
        <source>Origin with {field} = {value} has no destination of the same value.</source>
        <translation>{field} = {value}인 출발지에 값이 같은 목적지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="187"/>
        <source>{layer}: multipoint features use their first point.</source>
        <translation>{layer}: 다중 점 객체는 첫 번째 점을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="194"/>
        <source>PAIR_FIELD '{field}' is not a field of the {layer} layer '{source}': give a field present in both layers, or leave it empty to pair by feature order.</source>
        <translation>PAIR_FIELD '{field}'은(는) {layer} 레이어 '{source}'의 필드가 아닙니다. 두 레이어에 모두 있는 필드를 지정하거나, 비워 두어 객체 순서로 짝지으십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="208"/>
        <source>{routed} pairs routed: the safest route's exposure is a median {reduction:.0f} % below the shortest's, at a median detour of {detour:.2f}.</source>
        <translation>{routed}개 쌍의 경로를 찾았습니다. 가장 안전한 경로의 노출도는 최단 경로보다 중앙값 {reduction:.0f}% 낮고, 우회 비율 중앙값은 {detour:.2f}입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/safe_route.py" line="213"/>
        <source>{failed} of {total} pairs have no route (see the messages above).</source>
        <translation>{total}개 쌍 중 {failed}개에 경로가 없습니다(위 메시지 참조).</translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="15"/>
        <source>1 safest</source>
        <translation>1등급(가장 안전)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="15"/>
        <source>2 safer</source>
        <translation>2등급(안전)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="15"/>
        <source>3 middle</source>
        <translation>3등급(보통)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="15"/>
        <source>4 less safe</source>
        <translation>4등급(관리 필요)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="16"/>
        <source>5 least safe</source>
        <translation>5등급(집중 관리 필요)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="17"/>
        <source>CCTV sites</source>
        <translation>방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="17"/>
        <source>security lights</source>
        <translation>보안등</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="18"/>
        <source>emergency bells</source>
        <translation>안심벨</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="18"/>
        <source>women's safety guard houses</source>
        <translation>여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="19"/>
        <source>safe-return routes</source>
        <translation>안심귀갓길</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="30"/>
        <source>safe-return route km proposed</source>
        <translation>제안 안심귀갓길 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="31"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="32"/>
        <source>km in grades 4-5 before</source>
        <translation>시행 전 4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="33"/>
        <source>km in grades 4-5 after</source>
        <translation>시행 후 4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="34"/>
        <source>segments with a better grade</source>
        <translation>등급이 개선된 구간 수</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="35"/>
        <source>before</source>
        <translation>시행 전</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="36"/>
        <source>after</source>
        <translation>시행 후</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="37"/>
        <source>reduction per million KRW</source>
        <translation>100만 원당 감소량</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="44"/>
        <source>grade {before} to {after}</source>
        <translation>{before}등급 → {after}등급</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="59"/>
        <source>{amount}</source>
        <translation>{amount_ko}</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="63"/>
        <source>{amount} per km</source>
        <translation>km당 {amount}</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="69"/>
        <source>Anshim scenario</source>
        <translation>안심 시나리오</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="76"/>
        <source>The model does not use the factors of {kind}: they change no grade here.</source>
        <translation>모델이 {kind} 요인을 쓰지 않으므로 여기서는 어떤 등급도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="79"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="84"/>
        <source>Grades run from &lt;b&gt;1 = safest&lt;/b&gt; to &lt;b&gt;5 = least safe&lt;/b&gt;, with the thresholds fixed when the model was trained, so grades before and after are comparable.</source>
        <translation>등급은 &lt;b&gt;1등급 = 가장 안전&lt;/b&gt;부터 &lt;b&gt;5등급 = 집중 관리 필요&lt;/b&gt;까지이며, 모델을 학습할 때 정한 기준값을 그대로 쓰므로 시행 전후 등급을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="86"/>
        <source>Proposed facilities and cost</source>
        <translation>제안 시설과 비용</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="87"/>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="87"/>
        <source>Number</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="87"/>
        <source>Unit cost (KRW)</source>
        <translation>단가(원)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="88"/>
        <source>Cost (KRW)</source>
        <translation>비용(원)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="89"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="90"/>
        <source>Safe-return routes proposed: {km} km. Unit costs are editable planning figures, not quotes.</source>
        <translation>제안 안심귀갓길: {km} km. 단가는 계획용으로 고칠 수 있는 값이며 견적이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="92"/>
        <source>Effect</source>
        <translation>효과</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="93"/>
        <source>Before</source>
        <translation>시행 전</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="93"/>
        <source>After</source>
        <translation>시행 후</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="94"/>
        <source>Street length in grades 4–5 (km)</source>
        <translation>4~5등급 도로 길이(km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="96"/>
        <source>Expected-incident proxy</source>
        <translation>예상 사건 지표</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="98"/>
        <source>Segments with a better grade: {count}. Reduction of the expected-incident proxy per million KRW: {reduction}.</source>
        <translation>등급이 개선된 구간: {count}개. 100만 원당 예상 사건 지표 감소량: {reduction}.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="100"/>
        <source>n/a (no cost)</source>
        <translation>해당 없음(비용 없음)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="101"/>
        <source>The expected-incident proxy sums each segment's risk (the calibrated chance of a crime on it in a period like the training one) weighted by its night-time population relative to the network average.</source>
        <translation>예상 사건 지표는 각 구간의 위험도(학습 기간과 같은 길이의 기간에 그 구간에서 범죄가 일어날 보정된 확률)에 도로망 평균 대비 야간 여성 생활인구 가중치를 곱해 더한 값입니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="104"/>
        <source>Grade changes (km of street)</source>
        <translation>등급 변화(도로 길이, km)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="106"/>
        <source>Grade changes (segments)</source>
        <translation>등급 변화(구간 수)</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="108"/>
        <source>Limits</source>
        <translation>한계</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="109"/>
        <source>Displacement and diffusion of crime are not modelled: crime prevented on one street may move to, or also fall on, its neighbours.</source>
        <translation>범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다. 한 도로에서 막은 범죄가 이웃 도로로 옮겨 갈 수도, 이웃 도로에서도 함께 줄어들 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="111"/>
        <source>The model learns from observational data; facilities are constrained never to raise risk, not proven to lower it by this much.</source>
        <translation>모델은 관찰 자료에서 학습합니다. 시설은 위험도를 높이지 않도록 제약되어 있을 뿐, 이만큼 낮춘다는 것이 입증된 것은 아닙니다.</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="119"/>
        <source>after: {grade}</source>
        <translation>시행 후: {grade}</translation>
    </message>
    <message>
        <location filename="../engine/planning/scenario_report.py" line="119"/>
        <source>before: {grade}</source>
        <translation>시행 전: {grade}</translation>
    </message>
</context>
<context>
    <name>SegmentStreetsAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="36"/>
        <source>Segment streets</source>
        <translation>도로 구간 분할</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="39"/>
        <source>Street network</source>
        <translation>도로망</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="45"/>
        <source>Splits street centre-lines into segments of at most MAX_LENGTH metres (default 10 m), the unit every safety factor and grade is computed for.

The network is noded first: wherever lines cross or touch (also without a shared vertex, as real road-address centre-lines do, and where a street end stops within SNAP_TOLERANCE of another line), a segment boundary falls, so no segment straddles a junction. Each piece between junctions is then cut into ceil(L / MAX_LENGTH) equal parts, so no segment is shorter than half of MAX_LENGTH unless its whole piece is. Multipart lines are split into parts; duplicate vertices, zero-length and invalid geometries are dropped and counted in the log. Total length is preserved.

MAX_LENGTH and length_m are metres on the ground: input in degrees, in feet or another unit, or in a CRS whose scale at the layer's centre is more than 1 % off (Web Mercator) is projected to its local UTM zone (or TARGET_CRS if given); the log says which.

Output fields: seg_id (unique, fresh), street_id (the source feature's id, for validation grouped by street), seq (1, 2, … along the piece), length_m, and copies of the source fields picked in FIELDS.</source>
        <translation>도로 중심선을 최대 MAX_LENGTH 미터(기본 10 m)의 도로 구간으로 나눕니다. 도로 구간은 모든 안전 요인과 등급을 계산하는 단위입니다.

먼저 도로망에 노드를 만듭니다. 선이 교차하거나 맞닿는 곳마다(실제 도로명주소 중심선처럼 공유 꼭짓점이 없는 경우와, 도로 끝이 다른 선에서 SNAP_TOLERANCE 안에서 끝나는 경우도 포함) 구간 경계가 생기므로, 어떤 구간도 교차로를 가로지르지 않습니다. 교차로 사이의 각 조각은 ceil(L / MAX_LENGTH)개의 같은 길이로 자르므로, 조각 전체가 짧은 경우가 아니면 MAX_LENGTH의 절반보다 짧은 구간은 없습니다. 다중 부분 선은 파트로 나누고, 중복 꼭짓점, 길이 0 도형, 유효하지 않은 도형은 버리고 로그에 셉니다. 전체 길이는 보존됩니다.

MAX_LENGTH와 length_m은 실제 지표면 거리(m)입니다. 입력이 도, 피트 또는 다른 단위이거나, 레이어 중심에서 축척 오차가 1%를 넘는 좌표계(Web Mercator)이면 해당 지역의 UTM 구역(지정하면 TARGET_CRS)으로 투영하며, 어느 쪽인지 로그에 남깁니다.

출력 필드: seg_id(고유, 새로 부여), street_id(원본 객체 id, 도로별 그룹 검증용), seq(조각을 따라 1, 2, …), length_m, FIELDS에서 고른 원본 필드의 사본.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="61"/>
        <source>Street centre-line layer (lines or multilines).</source>
        <translation>도로 중심선 레이어(선 또는 다중 선).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="62"/>
        <location filename="../processing_algorithms/segment_streets.py" line="93"/>
        <source>Street centre-lines</source>
        <translation>도로 중심선</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="64"/>
        <source>Longest segment in metres. Pieces between junctions are cut into equal parts no longer than this.</source>
        <translation>가장 긴 구간의 길이(m). 교차로 사이의 도로 조각을 이 길이를 넘지 않는 같은 길이로 자릅니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="65"/>
        <source>Maximum segment length (m)</source>
        <translation>최대 구간 길이(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="68"/>
        <source>Source attributes copied to every segment (e.g. road name, class, width).</source>
        <translation>모든 구간에 복사할 원본 속성(예: 도로명, 도로 등급, 폭).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="69"/>
        <source>Fields to copy from the streets</source>
        <translation>도로에서 복사할 필드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="72"/>
        <source>Projected CRS in metres, true to scale where the streets lie, for the output. Default: the input's CRS, or its local UTM zone when that is in degrees or feet or more than 1 % off scale.</source>
        <translation>출력에 쓸, 도로가 있는 곳에서 축척이 정확한 미터 단위 투영 좌표계. 기본값: 입력 좌표계, 또는 그 좌표계가 도나 피트 단위이거나 축척 오차가 1%를 넘으면 해당 지역의 UTM 구역.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="73"/>
        <source>Target CRS (metric)</source>
        <translation>대상 좌표계(미터 단위)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="76"/>
        <source>A street end this close to another line makes a junction there (the other line is split at the nearest point; no vertex is moved).</source>
        <translation>도로 끝이 다른 선에 이만큼 가까우면 그곳에 교차로를 만듭니다(다른 선을 가장 가까운 점에서 나누며, 꼭짓점은 옮기지 않습니다).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="77"/>
        <source>Junction snapping tolerance (m)</source>
        <translation>교차로 스냅 허용 거리(m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="81"/>
        <source>Street segments of at most the maximum length.</source>
        <translation>최대 길이 이하의 도로 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="82"/>
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="91"/>
        <source>MAX_LENGTH must be greater than 0 m.</source>
        <translation>MAX_LENGTH는 0 m보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="98"/>
        <source>Reading streets…</source>
        <translation>도로를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="104"/>
        <source>Street centre-lines layer has no line geometries: nothing to segment.</source>
        <translation>도로 중심선 레이어에 선 도형이 없어 나눌 구간이 없습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="112"/>
        <source>Street centre-lines layer '{layer}': {count} line(s) have exactly the vertices of another line (the same street given twice), so the network and every factor count those streets twice. Remove them (Vector geometry ‣ Delete duplicate geometries) and segment again.</source>
        <translation>도로 중심선 레이어 '{layer}': 선 {count}개가 다른 선과 꼭짓점이 완전히 같습니다(같은 도로가 두 번 들어 있음). 그래서 도로망과 모든 요인이 이 도로들을 두 번 셉니다. 중복을 지우고(벡터 도형 ‣ 중복 도형 삭제) 다시 구간으로 나누십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/segment_streets.py" line="118"/>
        <source>Street centre-lines layer: no street segment is left, every line was dropped (see the counts above: zero-length, not finite or invalid). Check the layer's geometries and its CRS.</source>
        <translation>도로 중심선 레이어: 남은 도로 구간이 없습니다. 모든 선이 제외되었습니다(위의 수를 보십시오: 길이 0, 유한하지 않은 좌표, 잘못된 도형). 레이어의 도형과 좌표계를 확인하십시오.</translation>
    </message>
    <message>
        <source>Splits street centre-lines into segments of at most MAX_LENGTH metres (default 10 m), the unit every safety factor and grade is computed for.

The network is noded first: wherever lines cross or touch (also without a shared vertex, as real road-address centre-lines do, and where a street end stops within SNAP_TOLERANCE of another line), a segment boundary falls, so no segment straddles a junction. Each piece between junctions is then cut into ceil(L / MAX_LENGTH) equal parts, so no segment is shorter than half of MAX_LENGTH unless its whole piece is. Multipart lines are split into parts; duplicate vertices, zero-length and invalid geometries are dropped and counted in the log. Total length is preserved.

Input in degrees is projected to its local UTM zone (or TARGET_CRS if given); the log says which.

Output fields: seg_id (unique, fresh), street_id (the source feature's id, for validation grouped by street), seq (1, 2, … along the piece), length_m, and copies of the source fields picked in FIELDS.</source>
        <translation type="obsolete">도로 중심선을 최대 MAX_LENGTH m(기본값 10 m)의 도로 구간으로 나눕니다. 구간은 모든 안전 요인과 안전등급을 계산하는 단위입니다.

먼저 도로망에 노드를 만듭니다. 선이 교차하거나 맞닿는 곳(실제 도로명주소 중심선처럼 공유 꼭짓점이 없는 경우와, 도로 끝이 다른 선에서 SNAP_TOLERANCE 안에서 멈춘 경우 포함)에는 구간 경계가 생기므로 어떤 구간도 교차로에 걸치지 않습니다. 그다음 교차로 사이의 각 도로 조각을 ceil(L / MAX_LENGTH)개의 같은 길이로 자릅니다. 따라서 조각 전체가 짧은 경우가 아니면 MAX_LENGTH의 절반보다 짧은 구간은 없습니다. 멀티파트 선은 파트별로 나누고, 중복 꼭짓점, 길이가 0인 도형, 유효하지 않은 도형은 버리고 로그에 개수를 남깁니다. 총연장은 보존됩니다.

도 단위 입력은 해당 지역의 UTM 구역(또는 지정한 TARGET_CRS)으로 투영하며, 어느 좌표계를 썼는지 로그에 남깁니다.

출력 필드: seg_id(새로 부여한 고유 번호), street_id(원본 피처의 id, 도로 단위 검증용), seq(도로 조각을 따라 1, 2, …), length_m, FIELDS에서 고른 원본 필드의 복사본.</translation>
    </message>
    <message>
        <source>Projected CRS in metres for the output. Default: the input's CRS, or its local UTM zone when the input is in degrees.</source>
        <translation type="obsolete">출력에 쓸 미터 단위 투영 좌표계. 기본값: 입력의 좌표계, 입력이 도 단위이면 해당 지역의 UTM 구역.</translation>
    </message>
</context>
<context>
    <name>Segmentation</name>
    <message>
        <location filename="../engine/network/segmentation.py" line="44"/>
        <source>{lines} line(s) read; {invalid} dropped as invalid (non-finite coordinates or fewer than two vertices), {zero} dropped as zero-length.</source>
        <translation>선 {lines}개를 읽었습니다. {invalid}개는 유효하지 않아(유한하지 않은 좌표 또는 꼭짓점 2개 미만) 버렸고, {zero}개는 길이가 0이어서 버렸습니다.</translation>
    </message>
    <message>
        <location filename="../engine/network/segmentation.py" line="47"/>
        <source>{vertices} repeated consecutive vertices removed.</source>
        <translation>연속으로 반복된 꼭짓점 {vertices}개를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../engine/network/segmentation.py" line="48"/>
        <source>{junctions} junctions found; {pieces} pieces between junctions and ends cut into {segments} segments.</source>
        <translation>교차로 {junctions}곳을 찾았고, 교차로와 끝점 사이의 도로 조각 {pieces}개를 구간 {segments}개로 잘랐습니다.</translation>
    </message>
    <message>
        <location filename="../engine/network/segmentation.py" line="50"/>
        <source>Total length {length_in} m in, {length_out} m out.</source>
        <translation>총연장: 입력 {length_in} m, 출력 {length_out} m.</translation>
    </message>
</context>
<context>
    <name>SimulateScenarioAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="29"/>
        <source>Proposed CCTV sites</source>
        <translation>제안 방범용 CCTV 설치 지점</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="30"/>
        <source>Proposed security lights</source>
        <translation>제안 보안등</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="31"/>
        <source>Proposed emergency bells</source>
        <translation>제안 안심벨</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="32"/>
        <source>Proposed women's safety guard houses</source>
        <translation>제안 여성안심지킴이집</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="34"/>
        <source>Cost per CCTV site (KRW)</source>
        <translation>방범용 CCTV 지점당 비용(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="35"/>
        <source>Cost per light (KRW)</source>
        <translation>보안등 1개당 비용(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="36"/>
        <source>Cost per emergency bell (KRW)</source>
        <translation>안심벨 1개당 비용(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="37"/>
        <source>Cost per guard house (KRW)</source>
        <translation>여성안심지킴이집 1곳당 비용(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="38"/>
        <source>Cost per km of safe-return route (KRW)</source>
        <translation>안심귀갓길 km당 비용(원)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="84"/>
        <source>Simulate scenario</source>
        <translation>시나리오 모의 분석</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="87"/>
        <source>Planning</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="93"/>
        <source>Tests proposed facilities before money is spent: new CCTV sites, security lights, emergency bells, women's safety guard houses (points) and safe-return routes (lines) are added to the graded segments; give them as proposal layers (PROPOSED_SITES with scenario, kind, cameras and note; PROPOSED_ROUTES with scenario and name, as the planner dock saves them) and pick one SCENARIO, or as plain layers per kind (NEW_CCTV, NEW_LIGHTS, …); both can be combined. only the segments they reach get new factors (with the radii recorded in the model), a new risk and a new grade by the model's fixed thresholds. A facility never makes any segment's risk worse.

OUTPUT keeps every input field and adds risk_before, grade_before, risk_after, grade_after and grade_change (negative = safer), styled so improved segments stand out.

SUMMARY (HTML, with the same numbers in a .csv beside it): facilities and cost by type (unit costs are editable planning figures in KRW), the grade-transition matrix in segments and km, km in grades 4–5 before and after, an expected-incident proxy (risk weighted by night-time population relative to the network average, when pop_night is present) before and after, and its reduction per million KRW. Displacement and diffusion of crime are not modelled.</source>
        <translation>예산을 쓰기 전에 제안 시설의 효과를 시험합니다. 새 방범용 CCTV 설치 지점, 보안등, 안심벨, 여성안심지킴이집(점)과 안심귀갓길(선)을 안전등급이 부여된 구간에 더합니다. 제안 레이어(scenario, kind, cameras, note 필드가 있는 PROPOSED_SITES와 scenario, name 필드가 있는 PROPOSED_ROUTES, 계획 도구 패널이 저장하는 형식)로 주고 시나리오(SCENARIO) 하나를 고르거나, 종류별 일반 레이어(NEW_CCTV, NEW_LIGHTS, …)로 줄 수 있으며, 둘을 함께 써도 됩니다. 시설이 닿는 구간만 (모델에 기록된 반경으로) 요인을 새로 계산하고, 새 위험도와 모델의 고정된 기준값에 따른 새 등급을 받습니다. 시설은 어떤 구간의 위험도도 높이지 않습니다.

OUTPUT은 입력의 모든 필드를 유지하고 risk_before, grade_before, risk_after, grade_after, grade_change(음수 = 더 안전)를 추가하며, 개선된 구간이 눈에 띄도록 스타일을 적용합니다.

SUMMARY(HTML, 같은 숫자를 담은 .csv를 옆에 씀): 종류별 시설 수와 비용(단가는 원 단위의 고칠 수 있는 계획용 값), 구간 수와 km 단위의 등급 변화 행렬, 시행 전후 4~5등급 도로 길이, 시행 전후 예상 사건 지표(pop_night가 있으면 도로망 평균 대비 야간 여성 생활인구로 가중한 위험도)와 100만 원당 감소량. 범죄의 전이 효과와 이익 확산 효과는 모델에 반영하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="110"/>
        <source>Segments with the factor fields the model uses (e.g. the output of 'Grade streets').</source>
        <translation>모델이 쓰는 요인 필드가 있는 구간(예: '도로 구간 안전등급 산정'의 출력).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="111"/>
        <location filename="../processing_algorithms/simulate_scenario.py" line="153"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="113"/>
        <source>The .anshim model the segments were graded with.</source>
        <translation>구간의 안전등급을 산정할 때 쓴 .anshim 모델.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="113"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="115"/>
        <source>Points with the fields scenario, kind (cctv, light, bell or guardhouse), cameras (CCTV only, default 1) and note, e.g. the anshim_proposed_sites table the planner dock saves.</source>
        <translation>scenario(시나리오 이름), kind(cctv 방범용 CCTV, light 보안등, bell 안심벨, guardhouse 여성안심지킴이집 중 하나), cameras(CCTV만, 기본값 1), note 필드가 있는 점. 예: 계획 도구 패널이 저장하는 anshim_proposed_sites 테이블.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="116"/>
        <source>Proposed sites (proposal layer)</source>
        <translation>제안 시설 지점(제안 레이어)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="120"/>
        <source>Lines with the fields scenario and name, e.g. the anshim_proposed_routes table the planner dock saves.</source>
        <translation>scenario(시나리오 이름), name 필드가 있는 선. 예: 계획 도구 패널이 저장하는 anshim_proposed_routes 테이블.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="121"/>
        <source>Proposed safe-return routes (proposal layer)</source>
        <translation>제안 안심귀갓길(제안 레이어)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="124"/>
        <source>Which scenario of the proposal layers to run (their 'scenario' value); may be left empty when they hold only one.</source>
        <translation>실행할 제안 레이어의 시나리오('scenario' 값). 시나리오가 하나뿐이면 비워 둘 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="125"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="131"/>
        <source>{label} as points.</source>
        <translation>{label}(점 레이어).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="132"/>
        <source>Number of cameras at each proposed site (default: one).</source>
        <translation>제안 지점별 카메라 대수(기본값: 1대).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="133"/>
        <source>Cameras per proposed CCTV site</source>
        <translation>제안 방범용 CCTV 지점별 카메라 대수</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="136"/>
        <source>Proposed safe-return routes as lines along the streets.</source>
        <translation>도로를 따라 그린 제안 안심귀갓길(선).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="137"/>
        <location filename="../processing_algorithms/simulate_scenario.py" line="194"/>
        <source>Proposed safe-return routes</source>
        <translation>제안 안심귀갓길</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="139"/>
        <source>Planning figure for comparing scenarios; replace it with a local quote.</source>
        <translation>시나리오 비교를 위한 계획용 값입니다. 지역의 실제 견적으로 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="141"/>
        <source>Every segment with its grade before and after.</source>
        <translation>시행 전후 등급이 있는 모든 구간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="142"/>
        <source>Scenario segments</source>
        <translation>시나리오 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="144"/>
        <source>The scenario's numbers for a briefing; a CSV with the same numbers is written beside it.</source>
        <translation>보고용 시나리오 수치. 같은 수치를 담은 CSV 파일도 같은 폴더에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="145"/>
        <source>Scenario summary</source>
        <translation>시나리오 요약</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="145"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="159"/>
        <source>No pop_night field: the expected-incident proxy weighs every segment equally.</source>
        <translation>pop_night 필드가 없어 예상 사건 지표에서 모든 구간에 같은 가중치를 줍니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="191"/>
        <location filename="../processing_algorithms/simulate_scenario.py" line="198"/>
        <source>{label}: {count} added.</source>
        <translation>{label}: {count}개 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="200"/>
        <source>No proposed facility was given: give PROPOSED_SITES or PROPOSED_ROUTES, or at least one of NEW_CCTV, NEW_LIGHTS, NEW_BELLS, NEW_GUARDHOUSES or NEW_SAFE_ROUTES.</source>
        <translation>제안 시설이 없습니다. PROPOSED_SITES나 PROPOSED_ROUTES, 또는 NEW_CCTV, NEW_LIGHTS, NEW_BELLS, NEW_GUARDHOUSES, NEW_SAFE_ROUTES 중 하나 이상을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="206"/>
        <source>The model does not use the factors of {kind}: those proposals change no grade.</source>
        <translation>모델이 {kind} 요인을 쓰지 않으므로 그 제안은 어떤 등급도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="220"/>
        <source>The proposal layers hold {count} scenarios ({names}): set SCENARIO to the one to run.</source>
        <translation>제안 레이어에 시나리오가 {count}개({names}) 있습니다. 실행할 시나리오를 SCENARIO에 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="225"/>
        <source>Scenario '{scenario}': {sites} proposed sites and {routes} proposed routes.</source>
        <translation>시나리오 '{scenario}': 제안 시설 {sites}곳, 제안 경로 {routes}개.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/simulate_scenario.py" line="230"/>
        <source>Km in grades 4–5: {before:.2f} before, {after:.2f} after; {improved:,} segments improved; total cost {total_cost:,.0f} KRW.</source>
        <translation>4~5등급 도로 길이: 시행 전 {before:.2f} km, 시행 후 {after:.2f} km. 등급이 개선된 구간 {improved:,}개, 총비용 {total_cost_ko}.</translation>
    </message>
</context>
<context>
    <name>StyleGradesAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="34"/>
        <source>Style safety grades</source>
        <translation>안전등급 스타일 적용</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="37"/>
        <source>Safety model</source>
        <translation>안전 모델</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="47"/>
        <source>Applies Anshim's safety-grade style to a layer with a 'grade' field: five classes from green to red whose legend says the direction in words — 1 safest, 2 safer, 3 middle, 4 less safe, 5 least safe (the national regional safety index's direction; some Korean maps use the opposite). Less safe segments are drawn wider and on top, so they stay readable at district scale.

STYLE 'grade_change' styles a scenario result by its grade_change field instead, so improved segments stand out. With SAVE_AS_DEFAULT the style is also stored in the layer's GeoPackage as its default style, so the layer opens styled anywhere. Outputs of 'Grade streets' and 'Simulate scenario' are styled automatically when they load.</source>
        <translation>'grade' 필드가 있는 레이어에 안심의 안전등급 스타일을 적용합니다. 초록에서 빨강까지 다섯 단계이며 범례가 방향을 말로 알려 줍니다 — 1등급 가장 안전, 2등급 안전, 3등급 보통, 4등급 관리 필요, 5등급 집중 관리 필요(국가 지역안전지수와 같은 방향이며, 반대 방향을 쓰는 지도도 있습니다). 관리 필요 구간일수록 더 굵게, 위에 그려서 구 단위 축척에서도 잘 보입니다.

STYLE 'grade_change'는 시나리오 결과를 grade_change 필드로 분류하여 개선된 구간이 눈에 띄게 합니다. SAVE_AS_DEFAULT를 켜면 스타일을 레이어의 GeoPackage에 기본 스타일로도 저장하여 어디서 열어도 스타일이 적용됩니다. '도로 구간 안전등급 산정'과 '시나리오 모의 분석'의 출력은 불러올 때 자동으로 스타일이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="58"/>
        <source>A layer written by 'Grade streets' or 'Simulate scenario'.</source>
        <translation>'도로 구간 안전등급 산정' 또는 '시나리오 모의 분석'이 만든 레이어.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="59"/>
        <source>Graded segments</source>
        <translation>안전등급이 부여된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="61"/>
        <source>Which field to classify.</source>
        <translation>분류할 필드.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="62"/>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="62"/>
        <source>Safety grade (grade)</source>
        <translation>안전등급(grade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="63"/>
        <source>Grade change of a scenario (grade_change)</source>
        <translation>시나리오의 등급 변화(grade_change)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="65"/>
        <source>Also store the style in the GeoPackage so the layer opens styled in any project.</source>
        <translation>스타일을 GeoPackage에도 저장하여 어느 프로젝트에서 열어도 스타일이 적용되게 합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="66"/>
        <source>Save as the layer's default style (GeoPackage)</source>
        <translation>레이어의 기본 스타일로 저장(GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="68"/>
        <source>Styled layer</source>
        <translation>스타일이 적용된 레이어</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="76"/>
        <source>Applied {value} to '{layer_name}'.</source>
        <translation>'{layer_name}'에 {value}을(를) 적용했습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="85"/>
        <source>SAVE_AS_DEFAULT needs a GeoPackage layer; the style was applied but not saved.</source>
        <translation>SAVE_AS_DEFAULT에는 GeoPackage 레이어가 필요합니다. 스타일은 적용했지만 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="90"/>
        <source>Could not save the style into the GeoPackage {path}: the file or its folder is read-only. The style is applied to the layer in this project; to keep it in the file, make the file and its folder writable, or run without SAVE_AS_DEFAULT.</source>
        <translation>GeoPackage {path}에 스타일을 저장하지 못했습니다. 파일이나 폴더가 읽기 전용입니다. 스타일은 이 프로젝트의 레이어에 적용되었습니다. 파일에 남기려면 파일과 폴더를 쓰기 가능하게 하거나, SAVE_AS_DEFAULT 없이 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="99"/>
        <source>Anshim safety grades</source>
        <translation>안심 안전등급</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="101"/>
        <source>Could not save the style into {source}: {error}</source>
        <translation>스타일을 {source}에 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/style_grades.py" line="103"/>
        <source>Saved as the layer's default style in its GeoPackage.</source>
        <translation>GeoPackage에 레이어의 기본 스타일로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../resources/styles/grade_change.qml"/>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>safer by 4 grades</source>
        <translation>등급 4단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_change.qml"/>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>safer by 3 grades</source>
        <translation>등급 3단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_change.qml"/>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>safer by 2 grades</source>
        <translation>등급 2단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_change.qml"/>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>safer by 1 grade</source>
        <translation>등급 1단계 개선(더 안전)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_change.qml"/>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>less safe by 1 grade</source>
        <translation>1등급 악화(관리 필요)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>less safe by 2 grades</source>
        <translation>2등급 악화(관리 필요)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>less safe by 3 grades</source>
        <translation>3등급 악화(관리 필요)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grade_moves.qml"/>
        <source>less safe by 4 grades</source>
        <translation>4등급 악화(관리 필요)</translation>
    </message>
    <message>
        <location filename="../resources/styles/grades.qml"/>
        <source>1 — safest</source>
        <translation>1등급 — 가장 안전</translation>
    </message>
    <message>
        <location filename="../resources/styles/grades.qml"/>
        <source>2 — safer</source>
        <translation>2등급 — 안전</translation>
    </message>
    <message>
        <location filename="../resources/styles/grades.qml"/>
        <source>3 — middle</source>
        <translation>3등급 — 보통</translation>
    </message>
    <message>
        <location filename="../resources/styles/grades.qml"/>
        <source>4 — less safe</source>
        <translation>4등급 — 관리 필요</translation>
    </message>
    <message>
        <location filename="../resources/styles/grades.qml"/>
        <source>5 — least safe</source>
        <translation>5등급 — 집중 관리 필요</translation>
    </message>
    <message>
        <location filename="../qgis_io/styling.py" line="32"/>
        <source>Layer '{layer}' has no '{field}' field: run 'Grade streets' (or 'Simulate scenario' for grade changes) first.</source>
        <translation>레이어 '{layer}'에 '{field}' 필드가 없습니다. 먼저 '도로 구간 안전등급 산정'(등급 변화는 '시나리오 모의 분석')을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../qgis_io/styling.py" line="37"/>
        <source>Could not apply {file}: {message}</source>
        <translation>{file}을(를) 적용할 수 없습니다: {message}</translation>
    </message>
</context>
<context>
    <name>TrainFromAreas</name>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="35"/>
        <source>The segments carry both crime points (crime_n) and crime counts per area (area_n): training uses the points. To train from the counts, compute the factors with CRIME_AREAS and without a crime point layer.</source>
        <translation>구간에 범죄 지점(crime_n)과 구역별 범죄 건수(area_n)가 모두 있어 지점으로 학습합니다. 건수로 학습하려면 범죄 지점 레이어 없이 CRIME_AREAS로 요인을 계산하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="42"/>
        <location filename="../processing_algorithms/train_from_areas.py" line="44"/>
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="54"/>
        <source>Segments layer: {error}</source>
        <translation>구간 레이어: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="79"/>
        <source>Cross-validation by area ({areas:,} areas, {folds} folds, {rounds} EM rounds): held-out areas' counts, Spearman {model} (street length alone {baseline}), Poisson deviance explained beyond street length {explained}.</source>
        <translation>구역 단위 교차 검증(구역 {areas:,}개, 폴드 {folds}개, EM {rounds}회): 제외한 구역의 건수와의 스피어만 상관계수 {model}(도로 길이만 {baseline}), 도로 길이 이상으로 설명한 포아송 이탈도 {explained}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="88"/>
        <source>Later period {years}: Spearman of the areas' counts with the model {model}, with last period's counts {last}.</source>
        <translation>이후 기간 {years}: 구역 건수와 모델의 스피어만 상관계수 {model}, 직전 기간 건수와의 상관계수 {last}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_from_areas.py" line="95"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="60"/>
        <source>{parameter_id} '{text}' is not a list of years such as 2023, 2024 or 2023-2024.</source>
        <translation>{parameter_id} '{text}'은(는) 2023, 2024 또는 2023-2024 같은 연도 목록이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="75"/>
        <source>GRADE_SHARES '{text}' must be five positive percentages of network length for grades 1 (safest) to 5 (least safe) that add up to 100, e.g. 35,30,20,10,5.</source>
        <translation>GRADE_SHARES '{text}'은(는) 1등급(가장 안전)부터 5등급(집중 관리 필요)까지의 도로망 길이 비율을 나타내는 양수 다섯 개이고 합이 100이어야 합니다. 예: 35,30,20,10,5.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="99"/>
        <source>Train safety model</source>
        <translation>안전 모델 학습</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="102"/>
        <source>Safety model</source>
        <translation>안전 모델</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="108"/>
        <source>Trains the classifier that grades street safety, on segments from 'Compute safety factors' (factor fields and crime_n, or crime_n_&lt;period&gt; per year, quarter or month).

Target: a crime on the segment in a period. Model: scikit-learn gradient boosting with monotonic safety constraints — more cameras or lights, a safe-return route, or being nearer a bell, guard house or police box never raises risk, and more past crime never lowers it — and Platt calibration.

Crime history: with crimes of two years or more, 'Compute safety factors' adds hist_* fields (crimes on the segment and along nearby streets in earlier years). The model then learns each year from the years before it and grades with the history up to the latest year: it predicts the next year.

Validation is honest: cross-validation keeps every street (GROUP_FIELD) in one fold, and with yearly counts a model trained on the earlier years is tested on the last (or TEST_YEARS). The model saved in MODEL is then fitted on every year. ROC-AUC, PR-AUC, and PAI and hit rate at 1, 5 and 10 % of network length are reported with bootstrap 95 % ranges, next to baselines: last period's crime count, kernel density of past crimes, and kernel density along the streets. When a baseline finds more crime than the model, the log, the model card and the WARNINGS output say so.

Grade thresholds are fixed here so that grade 5 (least safe) covers the riskiest 5 % of network length, 4 the next 10 %, 3 the next 20 %, 2 the next 30 % and 1 (safest) the remaining 35 % (GRADE_SHARES); grades therefore stay comparable when scenarios change risk.

MODEL is one .anshim file (a JSON manifest with factors, radii, constraints, thresholds, metrics and a hash, and the fitted trees as plain arrays — loading it never runs code). REPORT is the model card.</source>
        <translation>'안전 요인 계산'에서 만든 구간(요인 필드와 crime_n, 또는 연도·분기·월별 crime_n_&lt;period&gt;)으로 도로 안전등급을 매기는 분류기를 학습합니다.

목표: 어떤 기간에 그 구간에서 범죄가 일어났는지. 모델: 단조 안전 제약을 건 scikit-learn 그래디언트 부스팅 — 카메라나 조명이 많을수록, 안심귀갓길 위일수록, 안심벨·여성안심지킴이집·지구대·파출소에 가까울수록 위험도가 올라가지 않고, 과거 범죄가 많을수록 위험도가 내려가지 않습니다 — 과 Platt 보정.

범죄 이력: 두 해 이상의 범죄가 있으면 '안전 요인 계산'이 hist_* 필드(이전 해에 구간과 주변 도로에서 일어난 범죄)를 더합니다. 그러면 모델은 각 해를 그 이전 해들로부터 학습하고, 가장 최근 해까지의 이력으로 등급을 매깁니다. 즉 다음 해를 예측합니다.

검증은 정직하게 합니다: 교차 검증에서 각 도로(GROUP_FIELD)는 한 폴드에만 들어가고, 연도별 건수가 있으면 이전 해들로 학습한 모델을 마지막 해(또는 TEST_YEARS)로 검증합니다. 그다음 MODEL에 저장되는 모델은 모든 해로 학습합니다. ROC-AUC, PR-AUC, 도로망 길이 1, 5, 10%에서의 PAI와 적중률을 부트스트랩 95% 범위와 함께, 비교 기준(직전 기간 범죄 건수, 과거 범죄의 커널 밀도, 도로를 따라 잰 커널 밀도)과 나란히 보고합니다. 비교 기준이 모델보다 범죄를 더 많이 찾으면 로그, 모델 카드, WARNINGS 출력이 그렇다고 알려 줍니다.

등급 기준값은 여기서 정합니다: 5등급(집중 관리 필요)은 위험도가 가장 높은 도로망 길이 5%, 4등급은 그다음 10%, 3등급은 그다음 20%, 2등급은 그다음 30%, 1등급(가장 안전)은 나머지 35%입니다(GRADE_SHARES). 그래서 시나리오가 위험도를 바꾸어도 등급을 비교할 수 있습니다.

MODEL은 .anshim 파일 하나입니다(요인, 반경, 제약, 기준값, 지표, 해시가 담긴 JSON 매니페스트와 학습된 트리를 단순 배열로 담음 — 불러올 때 코드를 실행하지 않습니다). REPORT는 모델 카드입니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="130"/>
        <source>Output of 'Compute safety factors' with a crime layer.</source>
        <translation>범죄 레이어와 함께 실행한 '안전 요인 계산'의 출력.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="131"/>
        <source>Segments with safety factors</source>
        <translation>안전 요인이 계산된 구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="133"/>
        <source>Factor fields the model learns from. Default: every Anshim factor field present.</source>
        <translation>모델이 학습할 요인 필드. 기본값: 있는 모든 안심 요인 필드.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="134"/>
        <source>Factors</source>
        <translation>요인</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="137"/>
        <source>Segments sharing this id are one street and are never split between training and testing.</source>
        <translation>이 id가 같은 구간은 한 도로로 보며 학습과 검증에 나뉘어 들어가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="138"/>
        <source>Street id (validation groups)</source>
        <translation>도로 id(검증 그룹)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="141"/>
        <source>Periods to train on: years (2023, 2024 or 2023-2024), quarters (2023Q3) or months (2023-07), and ranges such as 2023-07~2023-12; a year covers its quarters or months. Default: every period but the last.</source>
        <translation>학습할 기간: 연도(2023, 2024 또는 2023-2024), 분기(2023Q3), 월(2023-07), 그리고 2023-07~2023-12 같은 범위. 연도는 그 해의 분기나 월을 모두 포함합니다. 기본값: 마지막 기간을 뺀 모든 기간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="142"/>
        <source>Training years</source>
        <translation>학습 연도</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="145"/>
        <source>Later periods to test on, named as for the training years. Default: the last period.</source>
        <translation>검증할 이후 기간. 학습 연도와 같은 방식으로 씁니다. 기본값: 마지막 기간.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="146"/>
        <source>Test years (temporal hold-out)</source>
        <translation>검증 연도(이후 기간 검증)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="148"/>
        <source>Percent of network length in grades 1 (safest) to 5 (least safe). Crime concentrates on few segments (Weisburd 2015), so the top grades are small.</source>
        <translation>1등급(가장 안전)부터 5등급(집중 관리 필요)까지 각 등급에 들어갈 도로망 길이 비율(%). 범죄는 소수의 구간에 집중되므로(Weisburd 2015) 4·5등급에는 작은 비율을 둡니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="149"/>
        <source>Share of network length per grade 1…5 (%)</source>
        <translation>1…5등급별 도로망 길이 비율(%)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="153"/>
        <source>Tick when the crime points are simulated (e.g. the demo district): the model card says so.</source>
        <translation>범죄 지점이 모의 데이터일 때(예: 시연용 가상 지역) 체크하십시오. 모델 카드에 그 사실을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="154"/>
        <source>Crimes are synthetic</source>
        <translation>범죄 데이터가 합성 데이터임</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="156"/>
        <source>Seed for folds and tie-breaking, so a run can be repeated exactly.</source>
        <translation>폴드 나누기와 동점 처리에 쓰는 시드. 같은 실행을 정확히 반복할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="157"/>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="164"/>
        <source>{help} Must match the value used in 'Compute safety factors': the model file records it and the scenario planner recomputes factors with it.</source>
        <translation>{help} '안전 요인 계산'에서 쓴 값과 같아야 합니다. 모델 파일에 기록되며 시나리오 계획 도구가 이 값으로 요인을 다시 계산합니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="167"/>
        <source>The trained model, to use in 'Grade streets' and 'Simulate scenario'.</source>
        <translation>'도로 구간 안전등급 산정'과 '시나리오 모의 분석'에 쓸 학습된 모델.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="168"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="168"/>
        <source>Anshim model (*.anshim)</source>
        <translation>안심 모델 (*.anshim)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="170"/>
        <source>A page for council officers: data, method, metrics with baselines, factor importance, grades, limits.</source>
        <translation>의회·구청 담당자를 위한 문서: 데이터, 방법, 비교 기준과 함께 본 지표, 요인 중요도, 등급, 한계.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="171"/>
        <source>Model card</source>
        <translation>모델 카드</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="171"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="173"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="184"/>
        <source>Segments layer has no safety factor fields: run 'Compute safety factors' on it first.</source>
        <translation>구간 레이어에 안전 요인 필드가 없습니다. 먼저 '안전 요인 계산'을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="196"/>
        <source>Segments layer has no crime_n field: run 'Compute safety factors' with a crime layer first.</source>
        <translation>구간 레이어에 crime_n 필드가 없습니다. 먼저 범죄 레이어와 함께 '안전 요인 계산'을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="201"/>
        <source>Segments layer has no '{group_field}' field to keep each street in one validation fold: set GROUP_FIELD to the field identifying streets, or segment the streets with 'Segment streets'.</source>
        <translation>구간 레이어에 각 도로를 한 검증 폴드에 묶을 '{group_field}' 필드가 없습니다. GROUP_FIELD에 도로를 구별하는 필드를 지정하거나 '도로 구간 분할'로 도로를 나누십시오.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="206"/>
        <source>Segments</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="218"/>
        <source>{segments:,} segments have no {group_field}: each is its own validation group.</source>
        <translation>구간 {segments:,}개에 {group_field} 값이 없어 각각을 별도의 검증 그룹으로 둡니다.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="221"/>
        <source>Training on {segments:,} segments ({km:,.1f} km) with factors {factors}.</source>
        <translation>구간 {segments:,}개({km:,.1f} km)로 학습합니다. 요인: {factors}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="237"/>
        <source>Segments layer: {error}</source>
        <translation>구간 레이어: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="288"/>
        <source>{validation} · {ranking}: not available</source>
        <translation>{validation} · {ranking}: 산출 불가</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="292"/>
        <source>{validation} · {ranking}: ROC-AUC {roc_auc}, PAI at 5 % {pai}, hit rate {hit_rate}</source>
        <translation>{validation} · {ranking}: ROC-AUC {roc_auc}, 5%에서 PAI {pai}, 적중률 {hit_rate}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/train_model.py" line="300"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Trains the classifier that grades street safety, on segments from 'Compute safety factors' (factor fields and crime_n, or crime_n_&lt;year&gt; per year).

Target: a crime on the segment in a period. Model: scikit-learn gradient boosting with monotonic safety constraints — more cameras or lights, a safe-return route, or being nearer a bell, guard house or police box never raises risk, and more past crime never lowers it — and Platt calibration.

Crime history: with crimes of two years or more, 'Compute safety factors' adds hist_* fields (crimes on the segment and along nearby streets in earlier years). The model then learns each year from the years before it and grades with the history up to the latest year: it predicts the next year.

Validation is honest: cross-validation keeps every street (GROUP_FIELD) in one fold, and with yearly counts a model trained on the earlier years is tested on the last (or TEST_YEARS). The model saved in MODEL is then fitted on every year. ROC-AUC, PR-AUC, and PAI and hit rate at 1, 5 and 10 % of network length are reported with bootstrap 95 % ranges, next to baselines: last period's crime count, kernel density of past crimes, and kernel density along the streets. When a baseline finds more crime than the model, the log, the model card and the WARNINGS output say so.

Grade thresholds are fixed here so that grade 5 (least safe) covers the riskiest 5 % of network length, 4 the next 10 %, 3 the next 20 %, 2 the next 30 % and 1 (safest) the remaining 35 % (GRADE_SHARES); grades therefore stay comparable when scenarios change risk.

MODEL is one .anshim file (a JSON manifest with factors, radii, constraints, thresholds, metrics and a hash, and the fitted trees as plain arrays — loading it never runs code). REPORT is the model card.</source>
        <translation type="obsolete">'안전 요인 계산'에서 만든 구간(요인 필드와 crime_n, 또는 연도별 crime_n_&lt;year&gt;)으로 도로 안전등급을 매기는 분류기를 학습합니다.

목표: 어떤 기간에 그 구간에서 범죄가 일어났는지. 모델: 단조 안전 제약을 건 scikit-learn 그래디언트 부스팅 — 카메라나 조명이 많을수록, 안심귀갓길 위일수록, 안심벨·여성안심지킴이집·지구대·파출소에 가까울수록 위험도가 올라가지 않고, 과거 범죄가 많을수록 위험도가 내려가지 않습니다 — 과 Platt 보정.

범죄 이력: 두 해 이상의 범죄가 있으면 '안전 요인 계산'이 hist_* 필드(이전 해에 구간과 주변 도로에서 일어난 범죄)를 더합니다. 그러면 모델은 각 해를 그 이전 해들로부터 학습하고, 가장 최근 해까지의 이력으로 등급을 매깁니다. 즉 다음 해를 예측합니다.

검증은 정직하게 합니다: 교차 검증에서 각 도로(GROUP_FIELD)는 한 폴드에만 들어가고, 연도별 건수가 있으면 이전 해들로 학습한 모델을 마지막 해(또는 TEST_YEARS)로 검증합니다. 그다음 MODEL에 저장되는 모델은 모든 해로 학습합니다. ROC-AUC, PR-AUC, 도로망 길이 1, 5, 10%에서의 PAI와 적중률을 부트스트랩 95% 범위와 함께, 비교 기준(직전 기간 범죄 건수, 과거 범죄의 커널 밀도, 도로를 따라 잰 커널 밀도)과 나란히 보고합니다. 비교 기준이 모델보다 범죄를 더 많이 찾으면 로그, 모델 카드, WARNINGS 출력이 그렇다고 알려 줍니다.

등급 기준값은 여기서 정합니다: 5등급(집중 관리 필요)은 위험도가 가장 높은 도로망 길이 5%, 4등급은 그다음 10%, 3등급은 그다음 20%, 2등급은 그다음 30%, 1등급(가장 안전)은 나머지 35%입니다(GRADE_SHARES). 그래서 시나리오가 위험도를 바꾸어도 등급을 비교할 수 있습니다.

MODEL은 .anshim 파일 하나입니다(요인, 반경, 제약, 기준값, 지표, 해시가 담긴 JSON 매니페스트와 학습된 트리를 단순 배열로 담음 — 불러올 때 코드를 실행하지 않습니다). REPORT는 모델 카드입니다.</translation>
    </message>
    <message>
        <source>Years to train on, e.g. 2023, 2024 or 2023-2024. Default: every year but the last.</source>
        <translation type="obsolete">학습할 연도. 예: 2023, 2024 또는 2023-2024. 기본값: 마지막 해를 뺀 모든 연도.</translation>
    </message>
    <message>
        <source>Later years to test on. Default: the last year.</source>
        <translation type="obsolete">검증할 이후 연도. 기본값: 마지막 해.</translation>
    </message>
    <message>
        <source>Trains the classifier that grades street safety, on segments from 'Compute safety factors' (factor fields and crime_n, or crime_n_&lt;year&gt; per year).

Target: a crime on the segment in the training period. Model: scikit-learn gradient boosting with monotonic safety constraints — more cameras or lights, a safe-return route, or being nearer a bell, guard house or police box never raises risk — and Platt calibration. Validation is honest: cross-validation keeps every street (GROUP_FIELD) in one fold, and with yearly counts the last year is held out (or TEST_YEARS). ROC-AUC, PR-AUC, and PAI and hit rate at 1, 5 and 10 % of network length are reported next to two baselines on the same folds: last period's crime count and kernel density of past crimes.

Grade thresholds are fixed here so that grade 5 (least safe) covers the riskiest 5 % of network length, 4 the next 10 %, 3 the next 20 %, 2 the next 30 % and 1 (safest) the remaining 35 % (GRADE_SHARES); grades therefore stay comparable when scenarios change risk.

MODEL is one .anshim file (a JSON manifest with factors, radii, constraints, thresholds, metrics and a hash, and the fitted trees as plain arrays — loading it never runs code). REPORT is the model card.</source>
        <translation type="obsolete">'안전 요인 계산'에서 만든 구간(요인 필드와 crime_n, 또는 연도별 crime_n_&lt;year&gt;)으로 도로 안전등급을 매기는 분류기를 학습합니다.

목표: 학습 기간에 그 구간에서 범죄가 일어났는지. 모델: 단조 안전 제약을 건 scikit-learn 그래디언트 부스팅 — 카메라나 조명이 많을수록, 안심귀갓길 위일수록, 안심벨·여성안심지킴이집·지구대·파출소에 가까울수록 위험도가 올라가지 않습니다 — 과 Platt 보정. 검증할 때는 학습 자료와 검증 자료가 섞이지 않게 합니다. 교차 검증에서 각 도로(GROUP_FIELD)는 한 폴드에만 들어가고, 연도별 건수가 있으면 마지막 해(또는 TEST_YEARS)를 떼어 두고 검증합니다. ROC-AUC, PR-AUC, 도로망 길이 1, 5, 10%에서의 PAI와 적중률을 같은 폴드의 두 가지 비교 기준(직전 기간 범죄 건수, 과거 범죄의 커널 밀도)과 나란히 보고합니다.

등급 기준값은 여기서 정합니다: 5등급(집중 관리 필요)은 위험도가 가장 높은 도로망 길이 5%, 4등급은 그다음 10%, 3등급은 그다음 20%, 2등급은 그다음 30%, 1등급(가장 안전)은 나머지 35%입니다(GRADE_SHARES). 그래서 시나리오가 위험도를 바꾸어도 등급을 비교할 수 있습니다.

MODEL은 .anshim 파일 하나입니다(요인, 반경, 제약, 기준값, 지표, 해시가 담긴 JSON 매니페스트와 학습된 트리를 단순 배열로 담음 — 불러올 때 코드를 실행하지 않습니다). REPORT는 모델 카드입니다.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../engine/model/history_training.py" line="35"/>
        <source>the period after the last</source>
        <translation>마지막 기간의 다음 기간</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="55"/>
        <source>Train or test years were given but the segments have no '{CRIME_YEAR_PREFIX}&lt;year&gt;' crime count fields.</source>
        <translation>학습 연도나 검증 연도가 주어졌지만 구간에 '{CRIME_YEAR_PREFIX}&lt;year&gt;' 범죄 건수 필드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="61"/>
        <source>No crime counts for the year(s) {unknown}; the segments have counts for {available}.</source>
        <translation>{unknown}년의 범죄 건수가 없습니다. 구간에는 {available}년의 건수가 있습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="71"/>
        <source>No year before the test years {test_years} is left to train on.</source>
        <translation>검증 연도 {test_years}보다 앞선 학습용 연도가 남아 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="89"/>
        <source>The segment table has no column for the factor(s) {missing}.</source>
        <translation>구간 표에 요인 {missing}의 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="98"/>
        <source>The segment table has no crime counts: neither '{CRIME_N}' nor '{CRIME_YEAR_PREFIX}&lt;year&gt;' fields.</source>
        <translation>구간 표에 범죄 건수가 없습니다. '{CRIME_N}' 필드도, '{CRIME_YEAR_PREFIX}&lt;year&gt;' 필드도 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="161"/>
        <source>There is no crime on any segment in the training period: nothing to learn from.</source>
        <translation>학습 기간에 범죄가 있는 구간이 하나도 없어 학습할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training.py" line="165"/>
        <source>All segments share one street id; validation by street needs at least two streets.</source>
        <translation>모든 구간의 도로 id가 같습니다. 도로 단위 검증에는 도로가 둘 이상 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../engine/model/training_notes.py" line="10"/>
        <source>The crimes are of one period only: crime history cannot be used (it needs a period with an earlier one to learn from), so the model learns from the other factors alone.</source>
        <translation>범죄 자료가 한 기간뿐입니다. 범죄 이력은 이전 기간이 있는 기간에서만 학습할 수 있으므로 쓸 수 없고, 모델은 나머지 요인만으로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training_notes.py" line="13"/>
        <source>The segments have crimes of several periods but no crime history factors (hist_*): run 'Compute safety factors' again with the crime layer and its date field so the model can learn where crime has been.</source>
        <translation>구간에 여러 기간의 범죄 건수는 있지만 범죄 이력 요인이 없습니다. 모델이 범죄가 있었던 곳을 학습할 수 있도록 범죄 레이어와 날짜 필드를 지정해 '안전 요인 계산'을 다시 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/training_notes.py" line="16"/>
        <source>No temporal hold-out: with crime history it needs a training period that has an earlier one, i.e. at least three periods with the test period.</source>
        <translation>시간 검증을 하지 않았습니다. 범죄 이력을 쓰면 이전 기간이 있는 학습 기간이 필요하므로 검증 기간을 포함해 세 기간 이상이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training_notes.py" line="19"/>
        <source>Crime history was left out: on the crimes of {period}, held out, it found no more crime than the other factors alone (PAI at 5 % of length {with_history} with history, {without} without; the difference's 95 % range, {low} to {high}, is not wholly above zero). The crimes seem to follow the other factors, and a model leaning on a noisy copy of them would rank streets worse; the model learns from the other factors.</source>
        <translation>범죄 이력을 뺐습니다. 떼어 둔 {period}의 범죄에서 범죄 이력이 다른 요인만 쓴 모델보다 범죄를 더 찾지 못했습니다(도로 길이 5%에서 PAI: 이력 포함 {with_history}, 제외 {without}. 차이의 95% 범위 {low}~{high}가 모두 0보다 크지는 않습니다). 범죄가 다른 요인을 따르는 것으로 보이며, 그 요인의 잡음 섞인 사본에 기대는 모델은 도로 순위를 더 나쁘게 매깁니다. 모델은 다른 요인으로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training_notes.py" line="24"/>
        <source>Grade {grade} covers {share} of street length instead of {target}: {segments} segments share the risk at its threshold and nothing in the data tells them apart. Grades next to it are larger or smaller by as much.</source>
        <translation>{grade}등급이 도로 길이의 {target}가 아니라 {share}를 차지합니다. 기준값에서 구간 {segments}개의 위험도가 같고, 자료로는 이들을 구별할 수 없습니다. 이웃 등급이 그만큼 크거나 작아집니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/training_notes.py" line="27"/>
        <source>The light layer looks far from complete: half of the street length is more than {median} m from the nearest light, where street lights stand every 30–50 m. Risk explanations never name lighting ({fields}), since 'far from security lights' would only say the layer is missing lights; map the lights, or leave the layer out.</source>
        <translation>조명 레이어가 크게 빠져 있는 것으로 보입니다. 가로등은 보통 30~50 m마다 서 있는데, 도로 길이의 절반이 가장 가까운 조명에서 {median} m 넘게 떨어져 있습니다. '보안등에서 멂'은 레이어에 조명이 빠졌다는 뜻일 뿐이므로 위험 요인 설명에 조명({fields})을 쓰지 않습니다. 조명을 더 입력하거나 이 레이어를 빼십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="22"/>
        <source>ROC-AUC and PR-AUC are undefined because every segment, or none, has a crime in the evaluated period.</source>
        <translation>평가 기간에 모든 구간에 범죄가 있거나 어느 구간에도 없어서 ROC-AUC와 PR-AUC를 정의할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="24"/>
        <source>Last period's crime count is not available here: there is no period before the one the model is trained on. The temporal hold-out compares against it.</source>
        <translation>모델을 학습한 기간보다 앞선 기간이 없어 여기서는 직전 기간 범죄 건수를 비교 기준으로 쓸 수 없습니다. 이후 기간 검증에서는 이 기준과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="26"/>
        <source>Factor '{name}' has no values on any segment; it cannot inform the model.</source>
        <translation>요인 '{name}'은(는) 어느 구간에도 값이 없어 모델에 정보를 줄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="27"/>
        <source>Factor '{name}' has the same value on every segment; it cannot inform the model.</source>
        <translation>요인 '{name}'은(는) 모든 구간에서 값이 같아 모델에 정보를 줄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="35"/>
        <source>Last period's crime count found more crime than the model in the {validation}: PAI {baseline_pai} at 5 % of street length against the model's {model_pai} (95 % range {low}–{high}). The grades rank streets worse than last period's crime map. Compute the factors with crimes of at least two periods so the model learns from crime history, and until it beats the map, target patrols and works with the map itself.</source>
        <translation>{validation}에서 직전 기간의 범죄 건수가 모델보다 범죄를 더 많이 찾았습니다. 도로 길이 5%에서 PAI {baseline_pai}, 모델은 {model_pai}(95% 범위 {low}~{high})입니다. 이 등급은 직전 기간의 범죄 지도보다 도로 순위를 잘 매기지 못합니다. 모델이 범죄 이력을 학습하도록 두 기간 이상의 범죄로 요인을 계산하고, 모델이 그 지도를 앞설 때까지는 순찰과 사업 대상을 범죄 지도로 정하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="40"/>
        <source>Kernel density of past crimes found more crime than the model in the {validation}: PAI {baseline_pai} at 5 % of street length against the model's {model_pai} (95 % range {low}–{high}). The grades rank streets worse than a smoothed map of past crime. Compute the factors with crimes of at least two periods so the model learns from crime history, and check that the facility layers are complete.</source>
        <translation>{validation}에서 과거 범죄의 커널 밀도가 모델보다 범죄를 더 많이 찾았습니다. 도로 길이 5%에서 PAI {baseline_pai}, 모델은 {model_pai}(95% 범위 {low}~{high})입니다. 이 등급은 과거 범죄를 부드럽게 펼친 지도보다 도로 순위를 잘 매기지 못합니다. 모델이 범죄 이력을 학습하도록 두 기간 이상의 범죄로 요인을 계산하고, 시설 레이어가 빠짐없는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="45"/>
        <source>Network kernel density of past crimes found more crime than the model in the {validation}: PAI {baseline_pai} at 5 % of street length against the model's {model_pai} (95 % range {low}–{high}). The grades rank streets worse than past crime spread along the streets. Compute the factors with crimes of at least two periods so the model learns from crime history, and check that the facility layers are complete.</source>
        <translation>{validation}에서 과거 범죄의 도로망 커널 밀도가 모델보다 범죄를 더 많이 찾았습니다. 도로 길이 5%에서 PAI {baseline_pai}, 모델은 {model_pai}(95% 범위 {low}~{high})입니다. 이 등급은 과거 범죄를 도로를 따라 펼친 지도보다 도로 순위를 잘 매기지 못합니다. 모델이 범죄 이력을 학습하도록 두 기간 이상의 범죄로 요인을 계산하고, 시설 레이어가 빠짐없는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="52"/>
        <source>temporal hold-out</source>
        <translation>시간 검증</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="53"/>
        <source>cross-validation by street</source>
        <translation>도로 단위 교차 검증</translation>
    </message>
    <message>
        <location filename="../engine/model/validation.py" line="54"/>
        <source>The model is no better than random in the {validation}: PAI {pai} at 5 % of street length, where 1 is what grades drawn at random would find. Its grades do not rank the streets by how safe they are. Check the crime layer and its dates, compute the factors with crimes of more periods, and do not base decisions on these grades until the PAI is above 1.</source>
        <translation>{validation}에서 모델이 무작위보다 낫지 않습니다. 도로 길이 5%에서 PAI가 {pai}이며, 무작위로 매긴 등급이면 1입니다. 이 등급은 도로를 안전한 정도에 따라 가려내지 못합니다. 범죄 레이어와 그 날짜를 확인하고, 더 많은 기간의 범죄로 요인을 계산하십시오. PAI가 1보다 커질 때까지는 이 등급으로 결정하지 마십시오.</translation>
    </message>
</context>
<context>
    <name>WholeFiles</name>
    <message>
        <location filename="../qgis_io/whole_files.py" line="37"/>
        <source>{path} was not written.</source>
        <translation>{path}을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/whole_files.py" line="42"/>
        <source>Could not write {path}: {reason}. Any earlier file there is unchanged.</source>
        <translation>{path}을(를) 쓸 수 없습니다: {reason}. 그 자리에 있던 이전 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../qgis_io/whole_files.py" line="71"/>
        <source>The briefing PDF came out incomplete ({size:,} bytes, no end marker): the disk may be full. Free some space and run again.</source>
        <translation>보고서 PDF가 불완전하게 쓰였습니다({size:,}바이트, 끝 표시 없음). 디스크가 가득 찼을 수 있습니다. 공간을 확보한 뒤 다시 실행하십시오.</translation>
    </message>
</context>
</TS>
