# Vietnamese (Tiếng Việt) reply lexicon for Parlance.
#
# What it is: words and phrases that Vietnamese-speaking patients use when they answer clinic
# SMS (appointment reminders, check-ins, lab and refill notices), sorted by the intent they
# carry (see shared/spec/intents.md). Northern and Southern usage both (ốm/bệnh, muộn/trễ,
# tắc đường/kẹt xe, ngày kia/ngày mốt). Written from everyday SMS usage; nothing here is
# copied from an evaluation corpus.
#
# Entries are written with correct diacritics; unaccented typing ("khong the den", "da",
# "vang") matches by itself. Teen/SMS shorthand (ko, k, hok, dc, đc, e, a, tks) is listed in
# [shorthand] and, where it is a whole reply, in the intent sections.
#
# Reviewer notes on precision. Without its tone marks a Vietnamese syllable can mean many
# things, so single syllables that collide with very common words once unaccented are NOT
# listed alone; they are listed only inside phrases:
#   dừng/dùng/đúng (dung), đau/đâu (dau), trễ/trẻ (tre), muộn/muốn (muon), xỉu/xíu (xiu),
#   bận/bạn (ban), chờ/cho (cho), gấp/gặp (gap), tối/tôi (toi), sáng/sang (sang), ho/họ,
#   ói/ơi (oi), khẩn/khan, nay/này, sau/sáu, ờ/ở (o).
# "không" also ends yes/no questions ("đổi được không?"): the contiguous question endings
# ("được không", "phải không") are listed in [other] as longer matches; a bare "không" is a
# [cancel] reply.
@schema lexicon@1
@lang vi
@name Vietnamese (Tiếng Việt)

# I will come / yes to the question asked.
[confirm]
có
có ạ
dạ có
vâng có
có em sẽ đến
có tôi sẽ đến
dạ vâng
dạ được
được ạ
dạ được ạ
được
đồng ý
em đồng ý
tôi đồng ý
xác nhận
em xác nhận
tôi xác nhận
xác nhận lịch hẹn
xác nhận ạ
tôi sẽ đến
tôi sẽ tới
em sẽ đến
em sẽ tới
con sẽ đến
cháu sẽ đến
chị sẽ đến
anh sẽ đến
mình sẽ đến
sẽ đến
sẽ tới
sẽ có mặt
có mặt
sẽ có mặt đúng giờ
đến đúng giờ
tới đúng giờ
em đến ạ
em tới ạ
em đi ạ
sẽ đi khám
đi được
đến được
tới được
hẹn gặp lại
hẹn gặp bác sĩ
gặp lại sau
chắc chắn
chắc chắn rồi
nhất định
nhất định sẽ đến
ok em đến
ok em sẽ đến
ok tôi sẽ đến
em nhớ rồi
nhớ rồi
không sao
không sao đâu
không sao ạ
không vấn đề gì
không có vấn đề gì
không thành vấn đề
đừng hủy
không hủy
không cần hủy
giữ lịch
giữ lịch hẹn
giữ nguyên lịch
vẫn đến
vẫn đi

# I will not attend; release the slot. A bare "không" answers "Trả lời CÓ để xác nhận, KHÔNG để hủy".
[cancel]
không
không ạ
dạ không
dạ không ạ
ko
k
hok
khum
không đến
không tới
không đi
không đến được
không tới được
không đi được
không đến được ạ
không được
không được ạ
không thể đến
không thể tới
không thể đi
không thể tham dự
không tham dự được
không đi khám được
sẽ không đến
sẽ không tới
sẽ không đi
không đi khám
không cần nữa
không cần hẹn nữa
không cần khám nữa
không cần đến nữa
hủy
hủy hẹn
hủy lịch
hủy lịch hẹn
hủy cuộc hẹn
hủy buổi hẹn
hủy khám
hủy lịch khám
hủy bỏ
hủy đi
hủy giùm
hủy giúp
xin hủy
cho em hủy
cho tôi hủy
muốn hủy
em muốn hủy
tôi muốn hủy
hủy giùm em
bỏ hẹn
bỏ lịch
bỏ lịch hẹn
từ chối
cancel
cancel lịch
vắng mặt
xin vắng mặt
em bận
tôi bận
bận rồi
bị bận
có việc bận
bận việc
có việc đột xuất
kẹt việc
❌
✖️
👎
# Added (ar-vi-tl): "huỷ" with the old-style tone placement (the one-word "hủy" does not match it).
huỷ
huỷ đi
huỷ giúp
xin huỷ

# I want the appointment at another time (rule 8: "mai không được, thứ 6 được không?").
[reschedule]
đổi lịch
đổi lịch hẹn
đổi lịch khám
đổi ngày
đổi giờ
đổi sang
đổi qua
đổi hẹn
dời lịch
dời lịch hẹn
dời hẹn
dời lại
dời sang
dời qua
dời ngày
dời giờ
lùi lịch
lùi lại
lùi ngày
lùi giờ
hoãn lại
hoãn lịch
hoãn hẹn
xin hoãn
tạm hoãn
chuyển lịch
chuyển lịch hẹn
chuyển sang
chuyển qua
chuyển ngày
chuyển giờ
đặt lại lịch
đặt lịch lại
đặt lại
book lại
book lịch khác
hẹn lại
hẹn ngày khác
hẹn hôm khác
hẹn lúc khác
ngày khác
hôm khác
bữa khác
giờ khác
lúc khác
dịp khác
để khi khác
khi khác
sắp xếp lại
xếp lịch khác
lịch khác
sớm hơn
muộn hơn
trễ hơn
giờ sớm hơn
giờ muộn hơn
có lịch nào khác không
còn lịch nào khác không
có giờ nào khác không
đổi được không
dời được không
# Added (tlfrvi)
có lịch nào
còn lịch nào
lịch trống

# I am coming but will be late.
[late]
bị trễ
đến trễ
tới trễ
sẽ trễ
hơi trễ
trễ chút
trễ một chút
trễ xíu
trễ một xíu
trễ vài phút
trễ … phút
trễ mất
trễ hẹn
# "trễ" (late) on its own: "e tre 10p", "trễ rồi".
trễ
bị muộn
đến muộn
tới muộn
hơi muộn
muộn chút
muộn một chút
muộn vài phút
muộn … phút
muộn mất
đến chậm
tới chậm
chậm chút
chậm một chút
chậm vài phút
chậm … phút
kẹt xe
bị kẹt xe
kẹt đường
tắc đường
bị tắc đường
tắc xe
đang trên đường
đang trên đường đến
đang trên đường tới
trên đường tới
đang tới
đang đến
đang chạy tới
đang chạy qua
đang qua
sắp tới rồi
sắp đến rồi
gần tới rồi
gần đến rồi
tới liền
tới ngay
đến ngay
đợi em
đợi em chút
đợi em một chút
đợi em xíu
đợi tôi
đợi tôi một chút
đợi chút
đợi xíu
chờ em xíu
chờ em một chút
chờ tôi một chút
chờ xíu nha
đang tìm chỗ đậu xe
tìm chỗ gửi xe
đang gửi xe
không đến kịp
không tới kịp
không kịp giờ
sợ không kịp
xe hư
xe hỏng
hư xe
hỏng xe
bể bánh
thủng lốp
lủng bánh

# A non-emergency health report or concern, a side effect, low mood or anxiety.
[symptom]
không khỏe
không được khỏe
không khỏe lắm
người không khỏe
trong người không khỏe
trong người khó chịu
khó chịu
thấy mệt
mệt
mệt mỏi
mệt lả
người mệt
uể oải
bị ốm
đang ốm
ốm rồi
bị bệnh
đang bệnh
bệnh rồi
bị cảm
cảm cúm
bị cúm
cúm
sổ mũi
chảy nước mũi
nghẹt mũi
hắt hơi
đau họng
viêm họng
rát họng
bị ho
ho khan
ho nhiều
ho có đờm
ho ra đờm
ho dai dẳng
ho mãi
ho hoài
còn ho
vẫn ho
sốt
bị sốt
sốt nhẹ
sốt cao
còn sốt
vẫn sốt
hơi sốt
ớn lạnh
rét run
chóng mặt
choáng
choáng váng
hoa mắt
buồn nôn
muốn nôn
bị nôn
nôn mửa
ói mửa
bị ói
mắc ói
tiêu chảy
đi ngoài nhiều
đau bụng
đau … bụng
đầy bụng
chướng bụng
khó tiêu
táo bón
đau đầu
nhức đầu
đau … đầu
đau lưng
đau … lưng
đau khớp
đau … chân
đau … tay
đau răng
đau … mắt
đau … tai
đau nhức
nhức mỏi
bị đau
đau quá
đau lắm
đau nhiều
còn đau
vẫn đau
hơi đau
thấy đau
cảm thấy đau
ngứa
bị ngứa
phát ban
nổi mẩn
mẩn ngứa
mẩn đỏ
nổi mề đay
dị ứng
bị dị ứng
bị sưng
sưng lên
sưng đỏ
sưng tấy
viêm
nhiễm trùng
mưng mủ
có mủ
tác dụng phụ
huyết áp cao
huyết áp thấp
tăng huyết áp
tụt huyết áp
đường huyết cao
đường huyết thấp
hạ đường huyết
tụt đường
tim đập nhanh
hồi hộp
tê tay
tê chân
tê bì
chảy máu
chảy máu cam
ra máu
đi ngoài ra máu
tiểu ra máu
chán ăn
ăn không ngon
không ăn được
sụt cân
mất ngủ
khó ngủ
không ngủ được
lo lắng
lo âu
căng thẳng
stress
trầm cảm
buồn chán
chán nản
tâm trạng không tốt
hoảng loạn
hoảng sợ
# Added (tlfrvi): feeling worse.
tệ hơn
nặng hơn
thấy tệ
cứng cổ
mỏi cổ
# Added (ar-vi-tl): muscle twitches and cramps are not seizures.
giật cơ
chuột rút
vọp bẻ
# Added (ar-vi-tl): a light cough (bare "ho" is not listed: "họ"), blood pressure high or low.
ho nhẹ
ho ít
hơi ho
ho về đêm
ho ban đêm
huyết áp … thấp
huyết áp … cao
# The medicine is not working / not better ("không hiệu quả" would otherwise read "không hiểu").
không hiệu quả
thuốc không hiệu quả
không có hiệu quả
không thấy đỡ
chưa thấy đỡ
không bớt
vẫn chưa đỡ
# Added (red-flag pass): a red flag that has gone ("hết khó thở", "đỡ đau ngực"), a lifelong lisp.
hết khó thở
đỡ khó thở
hết đau ngực
đỡ đau ngực
hết tức ngực
hết chảy máu
đã cầm máu
nói ngọng từ nhỏ
ngọng từ nhỏ

# A possible emergency: chest pain, breathing, suicide/self-harm, stroke signs, heavy bleeding,
# fainting, seizure, fever in a baby under three months or during chemo, head injury on blood
# thinners, severe allergy, and the words for "emergency" and "ambulance".
[urgent]
# chest pain or pressure
đau ngực
đau … ngực
ngực … đau
tức ngực
nặng ngực
đau thắt ngực
thắt ngực
nhói ngực
đè nặng ngực
đè nén ngực
bó ngực
đau tim
đau vùng tim
nhói tim
nhồi máu cơ tim
lên cơn đau tim
cơn đau tim
# breathing
khó thở
thở khó
thở không nổi
thở không được
không thở được
không thở nổi
hụt hơi
ngộp thở
ngạt thở
nghẹt thở
thở dốc
thở gấp
tím tái
môi tím
tím môi
lên cơn hen
cơn hen
hen suyễn nặng
# suicide, self-harm, overdose
tự tử
muốn tự tử
định tự tử
nghĩ đến tự tử
ý định tự tử
tự sát
muốn tự sát
quyên sinh
muốn chết
thà chết
không muốn sống
không muốn sống nữa
chán sống
# phrasings that carry their own negation: listed whole, with gaps where people add words
# ("không muốn tiếp tục sống"), so the "không" inside them never negates them
không muốn … sống
không còn muốn sống
chẳng muốn sống
chả muốn sống
chẳng còn muốn sống
không thiết … sống
chẳng thiết … sống
không muốn … tồn tại
sống không còn ý nghĩa
sống … không có ý nghĩa
sống … chẳng có ý nghĩa
không còn lý do … sống
chết cho xong
chết quách
nhảy lầu
muốn nhảy cầu
treo cổ
kết thúc cuộc đời
kết liễu
tự làm đau
tự làm hại
tự làm hại bản thân
tự làm tổn thương
tự gây thương tích
tự cắt … tay
tự cắt mình
tự cắt cổ
tự cắt chân
tự cắt đùi
tự rạch
rạch … tay
tự hại
làm hại bản thân
tự hành hạ bản thân
tự làm mình đau
rạch tay
cắt tay
cắt cổ tay
quá liều
uống quá liều
uống cả vỉ
uống nhiều thuốc ngủ
uống thuốc tự tử
uống thuốc chuột
uống thuốc trừ sâu
thuốc trừ sâu
ngộ độc
# stroke signs
đột quỵ
tai biến
tai biến mạch máu não
méo miệng
miệng méo
méo mồm
lệch miệng
mặt lệch
méo một bên mặt
nói ngọng
nói đớ
nói lắp bắp
nói không rõ
nói không ra tiếng
không nói được
líu lưỡi
cứng lưỡi
yếu nửa người
liệt nửa người
tê nửa người
tê một bên
yếu một bên
không nhấc được tay
không giơ được tay
tay không cử động được
không cử động được
bị liệt
liệt tay
liệt chân
liệt người
miệng … méo
mặt … méo
méo xệch
xệ miệng
miệng … xệ
xệ một bên
mặt … lệch
nói … ngọng
nói … đớ
nói … không rõ
yếu … nửa người
tê … nửa người
liệt … nửa người
yếu … một bên
tê … một bên
# heavy bleeding
chảy máu nhiều
chảy máu không ngừng
chảy máu không cầm được
máu chảy không ngừng
máu chảy nhiều
máu không cầm
ra máu nhiều
mất máu nhiều
băng huyết
xuất huyết
nôn ra máu
ói ra máu
ho ra máu
chảy máu … không ngừng
chảy máu … không cầm
chảy máu … không dừng
máu … không ngừng
máu … không ngưng
máu … không dừng
máu … không cầm được
không cầm được máu
cầm máu không được
rất nhiều máu
nhiều máu quá
máu chảy ròng ròng
máu … lênh láng
chảy máu rất nhiều
chảy máu quá nhiều
ra … nhiều máu
# fainting, unconscious
ngất
ngất xỉu
bị xỉu
té xỉu
xỉu luôn
xỉu rồi
muốn xỉu
bất tỉnh
hôn mê
mất ý thức
không tỉnh
gọi không tỉnh
lịm đi
đã xỉu
vừa xỉu
ngã xỉu
lăn ra xỉu
xỉu ngang
đột nhiên xỉu
gục xuống
ngã gục
lay không dậy
gọi không dậy
lay không tỉnh
mê man
mất tri giác
# seizure
co giật
lên cơn co giật
lên cơn
động kinh
kinh phong
giật kinh phong
# fever in a newborn or baby under three months
sốt … sơ sinh
sơ sinh … sốt
bé sơ sinh … sốt
trẻ sơ sinh … sốt
bé … tháng … sốt
con … tháng … sốt
tháng tuổi … sốt
sốt … tháng tuổi
# fever during chemotherapy
hóa trị … sốt
sốt … hóa trị
hóa chất … sốt
sốt … hóa chất
truyền hóa chất … sốt
chemo … sốt
# head injury (on blood thinners)
đập đầu
va đầu
va đập đầu
té đập đầu
ngã đập đầu
chấn thương đầu
chấn thương sọ
chấn thương sọ não
chống đông … đầu
chống đông … ngã
chống đông … té
loãng máu … đầu
loãng máu … ngã
loãng máu … té
# severe allergic reaction
sốc phản vệ
phản vệ
sưng họng
sưng cổ họng
sưng lưỡi
sưng môi
sưng mặt
họng bị sưng
cổ họng … sưng
dị ứng nặng
dị ứng nghiêm trọng
khó nuốt
không nuốt được
nuốt … không được
nuốt không nổi
phù môi
phù mặt
phù lưỡi
môi … sưng
lưỡi … sưng
sưng … lưỡi
sưng … môi
họng … sưng
nghẹt cổ họng
sốc thuốc
# emergency words
cấp cứu
đi cấp cứu
gọi cấp cứu
xe cấp cứu
khẩn cấp
xe cứu thương
nguy kịch
nguy hiểm tính mạng
sắp chết
hấp hối
cứu với
cứu tôi
cứu em
cứu em với
cứu con
gọi gấp
gọi lại gấp
gọi em gấp
gọi tôi gấp
gọi cho em gấp
gọi cho tôi gấp
gọi cho mình gấp
gọi lại cho em gấp
gấp gấp
gọi cho em ngay
gọi cho tôi ngay
gọi ngay cho em
gọi ngay cho tôi
gọi lại cho em ngay
gọi lại cho tôi ngay
cần bác sĩ gấp
cần gặp bác sĩ gấp
gọi 115
115
911
# Added (tlfrvi): the short forms of "không" written out ([shorthand] applies only one per word).
k thở được
kh thở được
hok thở được
thở k được
thở ko được
thở k nổi
thở ko nổi
k muốn sống
kh muốn sống
hok muốn sống
# Pregnancy: the baby stopped moving.
thai … không máy
thai … không đạp
thai … ko đạp
thai … k đạp
bé … không đạp nữa
em bé … không cử động
không thấy thai máy
thai máy yếu
# Worst or sudden severe headache; heart pain.
đau đầu dữ dội
đau đầu như búa bổ
đau đầu nhất
tim … đau nhói
đau nhói … tim
cứng gáy
ko thở được
không thở dc
# Added (ar-vi-tl). "tự vẫn" and "uống hết thuốc" were taken out: without accents "tự vẫn" is
# "tư vấn" (advice, counselling) and "uống hết thuốc" is "I finished my medicine" (a refill).
# Overdose in its usual words: a whole bottle or strip, sleeping pills.
uống hết … thuốc ngủ
uống hết lọ
uống hết cả lọ
uống hết cả vỉ
uống hết vỉ
uống nguyên vỉ
uống nguyên lọ
uống cả lọ
uống cả hộp
uống quá nhiều thuốc
nuốt … thuốc ngủ
uống thuốc ngủ … nhiều
uống thuốc diệt cỏ
uống nước tẩy
uống xăng
# Suicide in everyday euphemisms.
nghĩ quẩn
kết thúc tất cả
kết thúc mọi thứ
kết thúc cuộc sống
chết đi cho rồi
muốn đi chết
muốn biến mất
# Waters broke in pregnancy (vỡ ối; bể ối in the South), leaking fluid.
vỡ nước ối
rỉ ối
rỉ nước ối
ra nước ối
chảy nước ối
# Sudden confusion, drowsiness, not responding.
lú lẫn đột ngột
đột nhiên … lú lẫn
tự nhiên … lú lẫn
bỗng … lú lẫn
mê sảng
li bì
không nhận ra … người nhà
không nhận ra ai
không nhận ra con
không nhận ra vợ
không nhận ra chồng
gọi không phản ứng
# Severe, unbearable pain.
đau dữ dội
đau … dữ dội
đau không chịu nổi
đau không chịu được
đau chịu không nổi
đau … không chịu nổi
đau … không chịu được
đau kinh khủng
đau khủng khiếp
đau quằn quại
# Stroke signs told with "suddenly" and one weak arm or leg.
tự nhiên nói lắp
đột nhiên nói lắp
đột nhiên nói ngọng
yếu tay phải
yếu tay trái
yếu chân phải
yếu chân trái
tay phải … yếu
tay trái … yếu
chân phải … yếu
chân trái … yếu
tê tay phải
tê tay trái
tê nửa mặt
mờ mắt đột ngột
đột nhiên … không nhìn thấy
# Chest pain spreading to the arm or jaw; chest "crushed".
ngực … như bị đè
ngực … lan ra tay
đau … lan ra tay
đau … lan lên hàm
# Choking.
bị hóc
hóc xương
hóc dị vật
mắc nghẹn
# Head injury in a child followed by vomiting or sleepiness.
đập đầu … ói
đập đầu … nôn
té … đầu … ói
ngã … đầu … nôn
# Short forms of "không" written out ([shorthand] k is not applied when another language also has it).
k thở nổi
ko thở nổi
k tỉnh
ko tỉnh
# Waters broke: not the bare "vỡ ối"/"bể ối", which read "vợ ơi", "bé ơi" without accents.
bị vỡ ối
vỡ ối rồi
đã vỡ ối
bị bể ối
bể ối rồi
bể nước ối
lúc tỉnh lúc mê
lay không phản ứng
uống thuốc tẩy rửa
uống nước javel
# Drowsy and hard to rouse ("lơ mơ"), said of a person (bare "lơ mơ" reads "lờ mờ", blurry).
bị lơ mơ
người lơ mơ
cứ lơ mơ
lơ mơ không
lơ mơ lắm
lơ mơ quá
mẹ … lơ mơ
ba … lơ mơ
bố … lơ mơ
bà … lơ mơ
ông … lơ mơ
con … lơ mơ
bé … lơ mơ
chồng … lơ mơ
vợ … lơ mơ
# Added (red-flag pass): swallowed a whole strip or bottle of pills.
nuốt cả vỉ
uống cả vỉ
nuốt cả lọ
uống cả lọ
uống nguyên vỉ
uống nguyên lọ
nuốt nguyên vỉ
nuốt nguyên lọ
# Took the wrong medicine or swallowed something (a child).
uống nhầm thuốc
nuốt nhầm
nuốt phải
uống phải thuốc
# Added (red-flag pass): chest pressure said as "the chest is pressed", pain spreading to the arm or jaw.
ngực … đè nặng
ngực bị đè
ngực … bóp nghẹt
đau lan … tay trái
đau lan … cánh tay
đau lan … hàm
lan … tay trái
lan ra hàm
lan lên hàm
lan xuống hàm
# Added (red-flag pass): sudden loss of vision ("tự nhiên không nhìn thấy gì", "mắt mờ đột ngột").
tự nhiên … không nhìn thấy
đột ngột … không nhìn thấy
bỗng … không nhìn thấy
mắt … không nhìn thấy
mắt … không thấy gì
mắt … không thấy đường
mất thị lực
mù đột ngột
mờ đột ngột
tối sầm
# Added (red-flag pass): heavy bleeding after birth (lochia), pads soaked.
ra huyết nhiều
ra huyết … nhiều
sản dịch nhiều
ướt hết băng
ướt … băng vệ sinh
thấm … băng vệ sinh
# Added (red-flag pass): passive ideation ("life has no meaning", "better off without me").
sống chẳng còn ý nghĩa
sống … chẳng còn ý nghĩa
sống … không còn ý nghĩa
sống … chả còn ý nghĩa
sống … vô nghĩa
cuộc đời vô nghĩa
chết đi cho xong
chết cho xong
chết quách
chết cho rồi
tốt hơn nếu không có em
tốt hơn nếu không có tôi
tốt hơn nếu không có mình
không có em … tốt hơn
không có tôi … tốt hơn
không muốn thức dậy nữa
ngủ luôn không dậy
# Added (red-flag pass): urgency with "gấp". Not "gấp" or "cần gấp" alone: typed without
# accents they are "gặp", "cần gặp" (meet, need to see), as in "mai gap", "can gap bac si".
gấp lắm
rất gấp
cấp cứu gấp
# Added (red-flag pass): the baby moves less ("thai máy ít").
thai máy ít
thai ít máy
thai … ít đạp
bé … ít đạp
con … không đạp
không thấy bé đạp

# Red flags made of two facts that may sit anywhere in the reply, in different clauses: fever during
# chemotherapy or in a baby under three months, a head injury or fall on blood thinners, bleeding
# on blood thinners, swelling or hives with trouble swallowing or breathing.
[urgent-combinations]
# fever during chemotherapy ("đang hóa trị, sốt 38.5"; "truyền hóa chất" holds "hóa chất")
sốt + hóa trị
sốt + hóa chất
sốt + chemo
sốt + bạch cầu
ớn lạnh + hóa trị
{temperature} + hóa trị
{temperature} + hóa chất
# fever in a newborn or a baby under three months ("bé 2 tháng, sốt 38.2"); "chưa đầy tháng"
# is listed whole because "chưa" would negate "đầy tháng"
sốt + sơ sinh
sốt + em bé
sốt + tuần tuổi
sốt + ngày tuổi
sốt + đầy tháng
sốt + chưa đầy tháng
sốt + 1 tháng
sốt + 2 tháng
sốt + hai tháng
sốt + tháng tuổi
{temperature} + sơ sinh
{temperature} + em bé
{temperature} + tuần tuổi
{temperature} + tháng tuổi
{temperature} + 2 tháng
{temperature} + ngày tuổi
{temperature} + chưa đầy tháng
# head injury or a fall on blood thinners (thuốc chống đông, thuốc loãng máu)
té + chống đông
ngã + chống đông
té + loãng máu
ngã + loãng máu
té + warfarin
ngã + warfarin
đụng đầu + chống đông
đau đầu + chống đông
# bleeding on blood thinners
chảy máu + chống đông
chảy máu + loãng máu
ra máu + chống đông
chảy máu + warfarin
# swelling or hives with trouble swallowing or breathing
sưng + nuốt
sưng + thở
mề đay + thở
nổi mẩn + thở
# Added (tlfrvi): bleeding in pregnancy; fever with stiff neck.
ra máu + mang thai
ra máu + có thai
ra máu + có bầu
ra máu + bầu
chảy máu + mang thai
chảy máu + có thai
chảy máu + có bầu
ra huyết + thai
sốt + cứng cổ
sốt + cổ cứng
sốt + cứng gáy
# Added (red-flag pass): fever said as "the body is hot" in a young baby, "bé 6 tuần", newborn.
người nóng + sơ sinh
người nóng + mới sinh
người nóng + tuần tuổi
người nóng + ngày tuổi
người nóng + tháng tuổi
người nóng + 1 tháng
người nóng + 2 tháng
người nóng + hai tháng
người nóng + đầy tháng
nóng ran + bé
nóng hầm hập + bé
sốt + mới sinh
sốt + bé … tuần
sốt + bé … ngày
người nóng + bé … tuần
người nóng + bé … ngày
{temperature} + bé … tuần
{temperature} + mới sinh
# Added (red-flag pass): head hit on blood thinners ("đập đầu", "va đầu") and common brand names.
đập đầu + chống đông
va đầu + chống đông
đập đầu + loãng máu
va đầu + loãng máu
đập đầu + warfarin
té + xarelto
ngã + xarelto
đập đầu + xarelto
té + eliquis
đập đầu + eliquis

# Stop messaging me. Cancelling the appointment itself ("hủy lịch hẹn") is [cancel].
# Phrases of two words or more match without regard to accents, so phrases whose unaccented
# spelling is an everyday phrase are left out: "dừng đi" (= "đừng đi", don't go; "dùng đi"),
# "xin dừng" (= "xin dùng", may I use; "xin đừng hủy"), "làm ơn dừng" (= "làm ơn đừng hủy"),
# "dừng dịch vụ" (= "dùng dịch vụ"), a bare "không nhận tin" (= "không nhắn tin", didn't text).
[opt_out]
stop
tc
từ chối nhận tin
từ chối nhận tin nhắn
dừng gửi
dừng gửi tin
dừng gửi tin nhắn
dừng nhắn
dừng nhắn tin
dừng tin
dừng tin nhắn
dừng nhận
dừng nhận tin
dừng giùm
dừng giúp
ngừng dịch vụ
ngưng dịch vụ
ngừng gửi
ngừng gửi tin
ngừng gửi tin nhắn
ngừng nhắn
ngừng nhắn tin
ngừng nhận tin
ngưng gửi
ngưng gửi tin
ngưng nhắn
ngưng nhắn tin
ngưng nhận tin
đừng nhắn nữa
đừng nhắn tin nữa
đừng gửi nữa
đừng gửi tin nữa
đừng nhắn cho tôi
đừng nhắn cho em
đừng gửi tin nhắn
đừng nhắn tin cho tôi
đừng gửi tin cho tôi
thôi đừng nhắn
đừng nhắn tin
đừng gửi tin
đừng nhắn … nữa
đừng gửi … nữa
đừng có nhắn
đừng có gửi tin
khỏi nhắn … nữa
khỏi gửi tin
đừng liên lạc … nữa
đừng liên hệ … nữa
không nhận tin nữa
không muốn nhận tin
k muốn nhận tin
kh muốn nhận tin
hok muốn nhận tin
hông muốn nhận tin
không muốn nhận thông báo
không muốn nhận sms
không muốn nhận tin nhắn
không nhận tin nhắn nữa
không cần nhắn nữa
không cần gửi nữa
không cần nhắn tin nữa
không cần nhắn … nữa
hủy đăng ký
hủy đăng kí
hủy dịch vụ
hủy nhận tin
hủy tin nhắn
hủy nhận tin nhắn
hủy thông báo
hủy nhận thông báo
hủy sms
tắt thông báo
tắt tin nhắn
từ chối tin nhắn
xóa số
xóa số tôi
xóa số điện thoại
xóa tên tôi
bỏ số tôi ra
xóa … khỏi danh sách
gỡ … khỏi danh sách
bỏ … khỏi danh sách
loại … khỏi danh sách
đưa … ra khỏi danh sách
đừng làm phiền
làm phiền quá
spam
# Added (ar-vi-tl): "k" written out (its shorthand is not applied when another language has "k").
k cần nhắn … nữa
k cần gửi … nữa
k cần nhắn tin
ko cần nhắn … nữa
ko cần gửi … nữa
đừng gửi tin nhắn nữa
đừng nhắn cho tôi nữa
đừng nhắn cho em nữa
xin đừng nhắn
xin đừng gửi tin
k nhận tin nữa
ko nhận tin nữa
thôi đừng nhắn nữa
# "I don't want any more messages" (nhận thêm), and "stop receiving messages".
không muốn nhận thêm
không muốn nhận thêm tin
k muốn nhận thêm
ko muốn nhận thêm
không muốn nhận … tin nhắn
không cần … tin nhắn nữa
dừng nhận tin nhắn

# Resume messages.
[opt_in]
start
unstop
bắt đầu
bắt đầu lại
đăng ký nhận tin
đăng kí nhận tin
đăng ký lại tin nhắn
nhận tin lại
nhận tin nhắn lại
gửi lại tin nhắn
tiếp tục gửi
tiếp tục gửi tin
tiếp tục nhận tin
tiếp tục nhắn
bật lại
bật lại tin nhắn
muốn nhận tin
muốn nhận tin nhắn
cho nhận tin lại
nhận lại tin
muốn nhận lại
nhận lại thông báo
đăng ký lại nhận tin
đăng ký nhận lại
đăng kí nhận lại
# "I sent STOP by mistake" and "don't stop": listed whole, so that they win over "stop",
# "ngừng gửi", "hủy đăng ký" of [opt_out]. Only with a verb before "stop": "stop nhầm số"
# (STOP, wrong number) must stay an opt-out.
gửi nhầm stop
nhắn nhầm stop
bấm nhầm stop
gửi stop nhầm
nhắn stop nhầm
bấm stop nhầm
lỡ gửi … stop
lỡ nhắn … stop
lỡ bấm … stop
lỡ tay … stop
hủy đăng ký nhầm
lỡ hủy đăng ký
lỡ tay hủy đăng ký
đừng ngừng gửi
đừng ngừng gửi tin
đừng ngừng gửi tin nhắn
đừng ngừng nhắn tin
đừng ngưng gửi
đừng ngưng gửi tin
đừng ngưng gửi tin nhắn
đừng dừng gửi
đừng dừng gửi tin
đừng dừng gửi tin nhắn
# "tôi muốn" reads as "tới muộn" without accents ([late]): listed whole so that they win.
tôi muốn nhận lại
tôi muốn nhận tin
hủy stop

# How does this service work / who is this.
[help]
trợ giúp
cần giúp đỡ
cần trợ giúp
cần hỗ trợ
xin hỗ trợ
thêm thông tin
xin thông tin
info
cần hướng dẫn
xin hướng dẫn
làm sao để trả lời
help
ai vậy
ai đây
ai thế
ai nhắn
ai nhắn tin vậy
ai nhắn vậy
số này của ai
đây là ai
đây là số gì
ai gửi
ai gửi vậy
bạn là ai
anh là ai
chị là ai
đây là đâu
là gì vậy
cái gì vậy
tin nhắn gì
tin nhắn gì vậy
không hiểu
chưa hiểu
trả lời thế nào
trả lời sao

# Anything else a person should read: wrong number, questions, deaths, "don't know".
[other]
nhầm số
sai số
gửi nhầm
nhắn nhầm
không phải tôi
không phải em
không quen
không biết ai
ở đâu
địa chỉ
chỗ đậu xe
gửi xe ở đâu
bãi xe
bao nhiêu tiền
giá bao nhiêu
chi phí
bảo hiểm
kết quả
kết quả xét nghiệm
đơn thuốc
toa thuốc
lấy thuốc
hóa đơn
cho hỏi
cho em hỏi
cho tôi hỏi
có thể
có ai
có phải
có cần
gọi lại cho tôi
gọi cho em
không biết
chưa biết
qua đời
đã qua đời
đã mất
mất rồi
# yes/no question forms, listed so that a final "không" reads as a question, not a "no"
được không
được không ạ
có được không
có không
phải không
đúng không
hay không
không vậy
chưa ạ
# "TC" is also the platelet count (tiểu cầu) in lab talk; longer than the bare "tc" of [opt_out].
chỉ số tc
xét nghiệm tc
tc thấp
tc cao
tc giảm
giảm tc
# "đừng gửi" reads as "dừng gửi" without accents: things other than messages.
đừng gửi kết quả
đừng gửi thuốc
# Added (ar-vi-tl): asking whether results are ready ("có kết quả chưa"): the "có" is not a yes.
có kết quả
có kết quả chưa
có kết quả không
kết quả chưa
kết quả thế nào
kết quả ra sao
có thuốc chưa
# "I finished / ran out of my medicine": a refill, not an overdose.
hết thuốc
uống hết thuốc rồi
đã uống hết thuốc
sắp hết thuốc
# Counselling (tư vấn) and other questions.
tư vấn
cần tư vấn
# Added (red-flag pass): harmless phrases that hold an urgency word (emergency contact, ER bill),
# and unaccented "gặp" phrases that would read as "gấp" (urgent).
liên lạc khẩn cấp
liên hệ khẩn cấp
số khẩn cấp
người liên hệ khẩn cấp
số điện thoại khẩn cấp
không khẩn cấp
không gấp
không có gì gấp
chưa gấp
hóa đơn cấp cứu
hóa đơn phòng cấp cứu
tiền cấp cứu
phí cấp cứu
hẹn gặp
gặp lại
gặp bác sĩ
gặp bs
gặp nhé
gặp nha
gặp sau
gặp em
gặp anh
gặp chị
gặp mọi người
# Added (red-flag pass): "laughing to death", not ideation.
cười muốn chết
buồn cười muốn chết

# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
[ack]
ok
okay
oke
okie
oki
okela
ô kê
ok ạ
oke ạ
dạ ok
ok nhé
ok nha
dạ
vâng
vâng ạ
ừ
ừm
ừa
uhm
uh
uk
rồi ạ
dạ rồi
được rồi
ok rồi
biết rồi
em biết rồi
nhận rồi
đã nhận
đã nhận được
nhận được rồi
👍
👍🏻
👍🏼
👍🏽
👍🏾
👍🏿
👌
👌🏻
👌🏼
👌🏽
✅
☑️

# Thanks and blessings: other, or confirm when the message asked for a confirmation.
[thanks]
cảm ơn
cám ơn
cảm ơn ạ
em cảm ơn
con cảm ơn
cháu cảm ơn
xin cảm ơn
cảm ơn nhiều
cảm ơn rất nhiều
cảm ơn bác sĩ
cảm ơn nhé
cám ơn nha
chân thành cảm ơn
thanks
thank you
thank
tks
thks
thx
camon
🙏
🙏🏻
🙏🏼
🙏🏽

# Negation cues and how many words after them they negate.
[negation]
không = 2
ko = 2
k = 2
hok = 2
khum = 2
chưa = 2
chẳng = 2
đừng = 1
kh = 2
hk = 2
khg = 2

# How Vietnamese-language phones report a like, love, laugh or emphasis as text: PREFIX “quoted message”; means confirm.
[reaction]
Đã thích
Đã yêu thích
Đã thả tim
Đã bày tỏ cảm xúc 👍 về
Đã bày tỏ cảm xúc ❤️ về
Đã bày tỏ cảm xúc 👍
Đã bày tỏ cảm xúc ❤️
Đã thả 👍
Đã thả ❤️
Đã phản hồi 👍
Đã cười
Đã cười về
Đã nhấn mạnh
Đã bày tỏ cảm xúc 😂

# The other reactions sent as text (dislike, question): mean other.
[reaction-other]
Đã không thích
Không thích
Đã đặt câu hỏi
Đã đặt câu hỏi về
Đã hỏi
Đã bày tỏ cảm xúc 👎
Đã bày tỏ cảm xúc 😮
Đã bày tỏ cảm xúc 😢

# Very common Vietnamese words, used only as evidence that a reply is in Vietnamese.
[words]
tôi em anh chị bạn cô chú bác con cháu mình chúng tôi
không có được là và của cho với này đó thì mà
nhé nha nhe ạ ơi vâng dạ rồi chưa đã sẽ đang bị vì nên nhưng hoặc
ngày giờ hôm mai tuần tháng lịch hẹn khám bác sĩ phòng khám bệnh viện
xin chào cảm ơn cám ơn gì sao nào đâu ai bao nhiêu vậy thế
lắm quá rất nữa cũng vẫn còn đi đến tới về ở muốn biết hỏi
thuốc uống đau mệt khỏe
ko hok dc đc ntn

# SMS shorthand replaced before matching.
[shorthand]
ko = không
k = không
kh = không
khg = không
hk = không
hok = không
khum = không
dc = được
đc = được
e = em
a = anh
j = gì
ntn = như thế nào
bh = bây giờ
bjo = bây giờ
r = rồi
vs = với
mn = mọi người
ng = người
bs = bác sĩ
bv = bệnh viện
pk = phòng khám
xn = xét nghiệm
xl = xin lỗi
sr = xin lỗi
tks = cảm ơn
thks = cảm ơn
ak = ạ
uk = ừ
ukm = ừm
oki = ok
okie = ok
oce = ok
okela = ok
sdt = số điện thoại
đt = điện thoại
tn = tin nhắn
trc = trước
hnay = hôm nay
hqua = hôm qua
hum = hôm

# Units after a number for minutes late ("trễ 10 phút", "10p").
[minutes]
phút
p
ph
min

# Units after a number for hours.
[hours]
tiếng

# Spelled-out durations, in minutes.
[durations]
nửa tiếng = 30
nửa giờ = 30
nửa tiếng đồng hồ = 30
mười lăm phút = 15
mười phút = 10
năm phút = 5
vài phút = 5
mấy phút = 5
một tiếng = 60
tiếng rưỡi = 90
một tiếng rưỡi = 90
hai tiếng = 120

# Day and time words for reschedule requests (full weekday names come from ICU; short forms listed).
[when]
hôm nay = +0d
bữa nay = +0d
ngày mai = +1d
mai = +1d
ngày mốt = +2d
bữa mốt = +2d
ngày kia = +2d
tuần sau = +1w
tuần tới = +1w
tuần sau nữa = +2w
thứ hai = weekday:1
thứ 2 = weekday:1
t2 = weekday:1
thứ ba = weekday:2
thứ 3 = weekday:2
t3 = weekday:2
thứ tư = weekday:3
thứ 4 = weekday:3
t4 = weekday:3
thứ năm = weekday:4
thứ 5 = weekday:4
t5 = weekday:4
thứ sáu = weekday:5
thứ 6 = weekday:5
t6 = weekday:5
thứ bảy = weekday:6
thứ 7 = weekday:6
t7 = weekday:6
chủ nhật = weekday:7
chủ nhựt = weekday:7
cn = weekday:7
buổi sáng = morning
sáng sớm = morning
ca sáng = morning
buổi trưa = afternoon
trưa = afternoon
buổi chiều = afternoon
chiều = afternoon
ca chiều = afternoon
buổi tối = evening
ca tối = evening
ban đêm = night
nửa đêm = night
khuya = night
trước = before
sớm hơn = before
muộn hơn = after
trễ hơn = after

# Words that introduce an option number ("số 2", "chọn 1").
[option-words]
số
chọn
lựa chọn
phương án
đáp án
mục

# --- Dấu hiệu nguy hiểm dưới dạng khác (2026-12-03): ý nghĩ tự tử nói gián tiếp.
[urgent]
kết thúc hết mọi thứ
kết thúc hết tất cả
biến mất luôn cho
em biến mất luôn
biến mất cho mọi người

# 2026-12-03 (session 5): low mood, sleep and energy; feeling better; bills, parking, opening hours
# and the "có … không" question frame; who is this; changing the date; late with "tí", buses and
# "almost there"; stop the reminders (Southern hông/hổng); red flags in Southern speech; declining
# ("thôi khỏi", "không cần đâu"); a work or family emergency that only explains a change.
[symptom]
# Low mood, sadness, anxiety, stress (rule 10: a symptom, not urgent). Not the bare "buồn"
# (buồn ngủ sleepy, buồn cười funny) nor "rầu quá" ("rau quả" without accents).
buồn quá
buồn lắm
buồn buồn
thấy buồn
cảm thấy buồn
rất buồn
hơi buồn
đang buồn
buồn bã
buồn rầu
u buồn
không vui
chẳng vui
tâm trạng tệ
tâm trạng buồn
tâm trạng không vui
tâm trạng đi xuống
suy sụp
xuống tinh thần
tinh thần không ổn
tinh thần sa sút
tinh thần đi xuống
tâm lý không ổn
bị áp lực
áp lực quá
nhiều áp lực
bị stress
stress quá
căng thẳng quá
lo quá
bồn chồn
hay lo
cô đơn
muốn khóc
hay khóc
khóc hoài
khóc suốt
không còn là chính mình
không muốn làm gì
# Sleep ("ngủ không được" would otherwise read as the [cancel] "không được").
ngủ không được
ngủ không nổi
ngủ không ngon
ngủ không yên
thức trắng
trằn trọc
thiếu ngủ
# No energy.
không có sức
không còn sức
kiệt sức
đuối sức
hết năng lượng
không có năng lượng
lừ đừ
buồn ngủ suốt
buồn ngủ hoài
buồn ngủ cả ngày
hay buồn ngủ
# Worried whether a complaint is serious ("không biết có sao không"): kept a symptom report even
# when a complaint before it sits inside the [other] question frame "có … không".
không biết có sao không
không biết có bị sao không
không biết có nguy hiểm không
không biết bị gì
# Not well yet (the [other] "khỏe rồi" is negated by "chưa").
chưa khỏe
chưa khỏi
chưa hết bệnh
vẫn chưa khỏe

[other]
# Feeling better, recovered: a health update for a person to read, not a symptom report.
khỏe rồi
khỏe lại rồi
khỏe hơn rồi
khỏe hơn nhiều
khỏe nhiều rồi
đã khỏe
đã khỏe hơn
đỡ rồi
đỡ nhiều rồi
đỡ hơn rồi
đỡ hơn nhiều
thấy đỡ hơn
đã đỡ
đã đỡ hơn
bớt nhiều rồi
khỏi rồi
khỏi bệnh rồi
hết bệnh rồi
hết bệnh
hết đau rồi
hết sốt rồi
hết ho rồi
lành rồi
ổn hơn rồi
đã ổn hơn
# With the polite "ạ": longer than the [ack] "rồi ạ".
khỏe rồi ạ
khỏe hơn rồi ạ
khỏe nhiều rồi ạ
khỏe hơn nhiều rồi ạ
đỡ rồi ạ
đỡ hơn rồi ạ
đỡ nhiều rồi ạ
đỡ hơn nhiều rồi ạ
khỏi rồi ạ
hết bệnh rồi ạ
# Bills, payment, insurance, receipts ("đã nhận được" of [ack] yields to "nhận được hóa đơn").
tính tiền
bị tính tiền
tính phí
bị tính phí
thanh toán
trả tiền
đóng tiền
tiền khám
phí khám
viện phí
tiền thuốc
hết bao nhiêu
tốn bao nhiêu
trả bao nhiêu
phải trả bao nhiêu
nợ bao nhiêu
còn nợ
hoàn tiền
bảo hiểm có chi trả
bảo hiểm có trả
bhyt
đồng chi trả
copay
biên lai
biên nhận
phiếu thu
nhận được hóa đơn
nhận hóa đơn
đã nhận được hóa đơn
đã nhận hóa đơn
có hóa đơn
# Parking, directions, floor, opening hours. "đậu xe ở đâu" without accents also spells
# "đau … đầu" (headache): listed whole so that the parking question wins.
đậu xe ở đâu
đỗ xe ở đâu
chỗ đậu xe ở đâu
bãi đậu xe ở đâu
bãi đỗ xe ở đâu
đậu xe ở đâu vậy
đậu xe ở đâu ạ
đậu xe ở đâu được
em đậu xe ở đâu
tôi đậu xe ở đâu
mình đậu xe ở đâu
nên đậu xe ở đâu
phải đậu xe ở đâu
xe đậu ở đâu
đậu ở đâu vậy
đậu ở đâu ạ
đỗ xe ở đâu vậy
bãi đậu xe
bãi đỗ xe
chỗ đỗ xe
chỗ gửi xe
đậu xe
đỗ xe
giữ xe
đường đi
chỉ đường
đi đường nào
đi như thế nào
đến như thế nào
tới như thế nào
ở chỗ nào
tầng mấy
lầu mấy
phòng số mấy
mấy giờ
giờ làm việc
giờ mở cửa
mấy giờ mở cửa
mở cửa lúc mấy giờ
mấy giờ đóng cửa
đóng cửa lúc mấy giờ
có mở cửa
# The yes/no question frame "có … không" (is there …? can I …?): its "có" is not a yes and its
# "không" is not a no.
có … không
có … ko
có … hông
có … hok
có … không ạ
có … ko ạ
# "có … chưa" (has it … yet?), as "có kết quả chưa".
có chưa
có … chưa
# A work or family emergency that only explains a cancellation or a change (medical
# emergencies stay [urgent]).
việc khẩn cấp
có việc khẩn cấp
chuyện khẩn cấp
việc gấp lắm
việc rất gấp
chuyện gấp lắm
họp khẩn cấp
họp khẩn
công ty gọi gấp
sếp gọi gấp

[help]
# Who is this, what is this number, what are these messages, how does this work.
số này là số gì
số gì vậy
số này là gì
số này là của ai
số của ai vậy
ai nhắn cho tôi
ai nhắn cho em
ai đang nhắn
tin nhắn này là gì
tin nhắn gì đây
đây là tin nhắn gì
nhắn gì vậy
sao nhắn cho tôi
sao lại nhắn cho tôi
sao nhắn tin cho tôi
không biết số này
số lạ
bên nào vậy
bên nào nhắn
phòng khám nào vậy
bệnh viện nào vậy
cái này là gì
dùng như thế nào
hoạt động thế nào
hoạt động như thế nào
làm sao để dùng

[reschedule]
# Change the date or time, another day, push it back, postpone to next week or month.
đổi thời gian
dời thời gian
đổi buổi
dời buổi
hoãn sang
hoãn qua
hoãn tới
lùi sang
lùi qua
xin dời
đặt lịch mới
để tuần sau
để tháng sau
tuần sau được không
tháng sau được không
giờ trễ hơn
# A free slot asked with the question frame ("thứ 6 có trống không"): longer than "có … không".
có trống không
còn trống không
có chỗ trống
còn chỗ trống
reschedule
resched
đổi appointment
dời appointment

[late]
# Late "a tiny bit", buses, almost there, on the way.
trễ tí
trễ một tí
muộn tí
muộn một tí
chậm tí
trễ mấy phút
muộn mấy phút
đường đông
đường kẹt
đường tắc
đang kẹt
lỡ xe buýt
nhỡ xe buýt
trễ xe buýt
xe buýt trễ
lỡ chuyến xe
đang đi tới
đang đi đến
đang trên đường đi
đang chạy xe tới
đang chạy xe qua
sắp tới nơi
gần tới nơi
chút nữa tới
tí nữa tới
xíu nữa tới
vài phút nữa tới
mấy phút nữa tới
đợi em tí
chờ em chút

[opt_out]
# Stop the reminders, in Southern speech (hông, hổng), and block or unsubscribe.
hổng muốn nhận tin
hong muốn nhận tin
hem muốn nhận tin
khỏi nhắn tin
thôi khỏi nhắn
đừng nhắc nữa
đừng nhắc lịch nữa
không cần nhắc nữa
không cần nhắc lịch
khỏi nhắc lịch
tắt nhắc lịch
hủy nhắc lịch
ngừng nhắc lịch
dừng nhắc lịch
# Annoyed "why do you keep texting" (not a bare "nhắn hoài": "I kept texting, nobody answered").
sao nhắn hoài
sao nhắn tin hoài
chặn số
block số
unsubscribe
unsub

[urgent]
# Southern "hông/hổng" for "không" (can't breathe, doesn't want to live), bleeding that keeps on.
hông thở được
hổng thở được
hông thở nổi
hổng thở nổi
thở hông được
thở hổng được
thở hông nổi
thở hổng nổi
hông muốn sống
hổng muốn sống
hem muốn sống
chảy máu hoài
máu chảy hoài
ra máu hoài
chảy máu … không ngưng
ra máu … không ngừng
ra máu … không ngưng
chảy máu quá trời
ra máu quá trời
máu ra nhiều quá
# Stroke: an arm, a leg or one side gone limp (xụi).
xụi tay
xụi chân
xụi một bên
xụi nửa người

[cancel]
# Declining: "thôi khỏi", "không cần đâu"; Southern "hông/hổng" for "không" (a bare "hông" is the hip).
thôi khỏi
thôi khỏi nha
dạ thôi
thôi không đi
thôi không cần
không cần đâu
không cần đâu ạ
khỏi cần
hổng cần
hông cần đâu
hông đi được
hổng đi được
hông tới được
hổng tới được
hông đến được
hổng đến được
không khám nữa

# 2026-12-03 (session 6): severe pain in pregnancy (bầu, có thai, thai 30 tuần); overdose and
# poisoning (a whole strip or box, dozens of pills, a child who got into the medicine, bleach, dish
# soap, kerosene); not responding, hard to wake, lying motionless; heavy bleeding in everyday words; chest
# pressure (a stone on the chest, squeezed) and the chest with cold sweat, the left arm or the jaw;
# suicidal thoughts in everyday and teen spellings (mún chết); stop requests (bare "ngừng",
# "dừng lại" in [alone]; Southern gởi, code-switched sms/text/stop, take my number off).
# Entries of two words or more match without accents, so none here reads as an everyday phrase
# once unaccented ("nắm thuốc" = "năm thuốc", "lả người" = "là người", "co thắt" = "có thật",
# "đau … lắm" = "đau … làm" are left out).
[urgent-combinations]
# --- Severe pain in pregnancy: a pregnancy word + strong, constant or unbearable pain, cramping,
# contractions or labour ("em bầu 7 tháng đau bụng quá", "vợ em mang thai đau lưng dữ lắm").
# Negated ("không đau lắm") they do not fire.
bầu + đau quá
bầu + đau bụng quá
bầu + đau lưng quá
bầu + đau lắm
bầu + đau bụng lắm
bầu + đau lưng lắm
bầu + đau … quá trời
bầu + đau … quá chừng
bầu + đau nhiều
bầu + đau bụng nhiều
bầu + đau lưng nhiều
bầu + đau dữ
bầu + đau bụng dữ
bầu + đau lưng dữ
bầu + đau liên tục
bầu + đau … liên tục
bầu + đau hoài
bầu + đau … hoài
bầu + đau không ngớt
bầu + đau không dứt
bầu + đau không hết
bầu + đau không giảm
bầu + đau không bớt
bầu + đau muốn xỉu
bầu + đau quặn
bầu + quặn bụng
bầu + quặn thắt
bầu + đau thắt bụng
bầu + gò cứng
bầu + bụng gò
bầu + cơn gò
bầu + gò nhiều
bầu + gò liên tục
bầu + cơn co thắt
bầu + co thắt tử cung
bầu + chuyển dạ
bầu + đau đẻ
bầu + đau như đẻ
có thai + đau quá
có thai + đau bụng quá
có thai + đau lưng quá
có thai + đau lắm
có thai + đau bụng lắm
có thai + đau lưng lắm
có thai + đau … quá trời
có thai + đau … quá chừng
có thai + đau nhiều
có thai + đau bụng nhiều
có thai + đau lưng nhiều
có thai + đau dữ
có thai + đau bụng dữ
có thai + đau lưng dữ
có thai + đau liên tục
có thai + đau … liên tục
có thai + đau hoài
có thai + đau … hoài
có thai + đau không ngớt
có thai + đau không dứt
có thai + đau không hết
có thai + đau không giảm
có thai + đau không bớt
có thai + đau muốn xỉu
có thai + đau quặn
có thai + quặn bụng
có thai + quặn thắt
có thai + đau thắt bụng
có thai + gò cứng
có thai + bụng gò
có thai + cơn gò
có thai + gò nhiều
có thai + gò liên tục
có thai + cơn co thắt
có thai + co thắt tử cung
có thai + chuyển dạ
có thai + đau đẻ
có thai + đau như đẻ
mang thai + đau quá
mang thai + đau bụng quá
mang thai + đau lưng quá
mang thai + đau lắm
mang thai + đau bụng lắm
mang thai + đau lưng lắm
mang thai + đau … quá trời
mang thai + đau … quá chừng
mang thai + đau nhiều
mang thai + đau bụng nhiều
mang thai + đau lưng nhiều
mang thai + đau dữ
mang thai + đau bụng dữ
mang thai + đau lưng dữ
mang thai + đau liên tục
mang thai + đau … liên tục
mang thai + đau hoài
mang thai + đau … hoài
mang thai + đau không ngớt
mang thai + đau không dứt
mang thai + đau không hết
mang thai + đau không giảm
mang thai + đau không bớt
mang thai + đau muốn xỉu
mang thai + đau quặn
mang thai + quặn bụng
mang thai + quặn thắt
mang thai + đau thắt bụng
mang thai + gò cứng
mang thai + bụng gò
mang thai + cơn gò
mang thai + gò nhiều
mang thai + gò liên tục
mang thai + cơn co thắt
mang thai + co thắt tử cung
mang thai + chuyển dạ
mang thai + đau đẻ
mang thai + đau như đẻ
thai nhi + đau quá
thai nhi + đau bụng quá
thai nhi + đau lưng quá
thai nhi + đau lắm
thai nhi + đau bụng lắm
thai nhi + đau lưng lắm
thai nhi + đau … quá trời
thai nhi + đau … quá chừng
thai nhi + đau nhiều
thai nhi + đau bụng nhiều
thai nhi + đau lưng nhiều
thai nhi + đau dữ
thai nhi + đau bụng dữ
thai nhi + đau lưng dữ
thai nhi + đau liên tục
thai nhi + đau … liên tục
thai nhi + đau hoài
thai nhi + đau … hoài
thai nhi + đau không ngớt
thai nhi + đau không dứt
thai nhi + đau không hết
thai nhi + đau không giảm
thai nhi + đau không bớt
thai nhi + đau muốn xỉu
thai nhi + đau quặn
thai nhi + quặn bụng
thai nhi + quặn thắt
thai nhi + đau thắt bụng
thai nhi + gò cứng
thai nhi + bụng gò
thai nhi + cơn gò
thai nhi + gò nhiều
thai nhi + gò liên tục
thai nhi + cơn co thắt
thai nhi + co thắt tử cung
thai nhi + chuyển dạ
thai nhi + đau đẻ
thai nhi + đau như đẻ
thai … tuần + đau quá
thai … tuần + đau bụng quá
thai … tuần + đau lưng quá
thai … tuần + đau lắm
thai … tuần + đau bụng lắm
thai … tuần + đau lưng lắm
thai … tuần + đau … quá trời
thai … tuần + đau … quá chừng
thai … tuần + đau nhiều
thai … tuần + đau bụng nhiều
thai … tuần + đau lưng nhiều
thai … tuần + đau dữ
thai … tuần + đau bụng dữ
thai … tuần + đau lưng dữ
thai … tuần + đau liên tục
thai … tuần + đau … liên tục
thai … tuần + đau hoài
thai … tuần + đau … hoài
thai … tuần + đau không ngớt
thai … tuần + đau không dứt
thai … tuần + đau không hết
thai … tuần + đau không giảm
thai … tuần + đau không bớt
thai … tuần + đau muốn xỉu
thai … tuần + đau quặn
thai … tuần + quặn bụng
thai … tuần + quặn thắt
thai … tuần + đau thắt bụng
thai … tuần + gò cứng
thai … tuần + bụng gò
thai … tuần + cơn gò
thai … tuần + gò nhiều
thai … tuần + gò liên tục
thai … tuần + cơn co thắt
thai … tuần + co thắt tử cung
thai … tuần + chuyển dạ
thai … tuần + đau đẻ
thai … tuần + đau như đẻ
thai … tháng + đau quá
thai … tháng + đau bụng quá
thai … tháng + đau lưng quá
thai … tháng + đau lắm
thai … tháng + đau bụng lắm
thai … tháng + đau lưng lắm
thai … tháng + đau … quá trời
thai … tháng + đau … quá chừng
thai … tháng + đau nhiều
thai … tháng + đau bụng nhiều
thai … tháng + đau lưng nhiều
thai … tháng + đau dữ
thai … tháng + đau bụng dữ
thai … tháng + đau lưng dữ
thai … tháng + đau liên tục
thai … tháng + đau … liên tục
thai … tháng + đau hoài
thai … tháng + đau … hoài
thai … tháng + đau không ngớt
thai … tháng + đau không dứt
thai … tháng + đau không hết
thai … tháng + đau không giảm
thai … tháng + đau không bớt
thai … tháng + đau muốn xỉu
thai … tháng + đau quặn
thai … tháng + quặn bụng
thai … tháng + quặn thắt
thai … tháng + đau thắt bụng
thai … tháng + gò cứng
thai … tháng + bụng gò
thai … tháng + cơn gò
thai … tháng + gò nhiều
thai … tháng + gò liên tục
thai … tháng + cơn co thắt
thai … tháng + co thắt tử cung
thai … tháng + chuyển dạ
thai … tháng + đau đẻ
thai … tháng + đau như đẻ
thai kỳ + đau quá
thai kỳ + đau bụng quá
thai kỳ + đau lưng quá
thai kỳ + đau lắm
thai kỳ + đau bụng lắm
thai kỳ + đau lưng lắm
thai kỳ + đau … quá trời
thai kỳ + đau … quá chừng
thai kỳ + đau nhiều
thai kỳ + đau bụng nhiều
thai kỳ + đau lưng nhiều
thai kỳ + đau dữ
thai kỳ + đau bụng dữ
thai kỳ + đau lưng dữ
thai kỳ + đau liên tục
thai kỳ + đau … liên tục
thai kỳ + đau hoài
thai kỳ + đau … hoài
thai kỳ + đau không ngớt
thai kỳ + đau không dứt
thai kỳ + đau không hết
thai kỳ + đau không giảm
thai kỳ + đau không bớt
thai kỳ + đau muốn xỉu
thai kỳ + đau quặn
thai kỳ + quặn bụng
thai kỳ + quặn thắt
thai kỳ + đau thắt bụng
thai kỳ + gò cứng
thai kỳ + bụng gò
thai kỳ + cơn gò
thai kỳ + gò nhiều
thai kỳ + gò liên tục
thai kỳ + cơn co thắt
thai kỳ + co thắt tử cung
thai kỳ + chuyển dạ
thai kỳ + đau đẻ
thai kỳ + đau như đẻ
[urgent]
# Preterm labour.
chuyển dạ sớm
dọa sinh non
doạ sinh non
# Overdose, any person: a whole strip, bottle or box with words in between ("uống thuốc ngủ cả
# vỉ"), dozens of pills, a handful (vốc).
uống … cả vỉ
nuốt … cả vỉ
uống … nguyên vỉ
nuốt … nguyên vỉ
uống … cả lọ
nuốt … cả lọ
uống … nguyên lọ
nuốt … cả hộp
uống … cả chai thuốc
uống … nguyên chai thuốc
uống … mấy chục viên
uống … cả chục viên
uống … hàng chục viên
nuốt … chục viên
một vốc thuốc
cả vốc thuốc
vốc thuốc
uống … một vốc
nuốt … một vốc
uống thuốc … quá nhiều viên
uống quá nhiều viên
# Poison, cleaning products, kerosene, acid, rat poison ("uống thuốc tẩy giun", deworming, is [other]).
uống thuốc tẩy
uống … nước tẩy
uống … chất tẩy
uống … thuốc tẩy rửa
uống … nước rửa chén
uống … nước rửa bát
uống … nước lau sàn
uống … nước lau nhà
uống … nước javel
uống … javen
uống … gia ven
uống … dầu hỏa
uống … dầu lửa
uống … thuốc sâu
uống … thuốc chuột
uống … thuốc diệt chuột
ăn … bả chuột
bả chuột
uống … thuốc độc
thuốc độc
uống chất độc
uống nhầm nước tẩy
uống nhầm dầu
ăn nhầm thuốc
ăn phải thuốc
ăn vụng thuốc
nghịch thuốc
nghịch vỉ thuốc
lục thuốc … ăn
bóc thuốc … ăn
[urgent-combinations]
# --- A child swallowed medicine or took an adult's ("bé nhà em nuốt mấy viên thuốc của bà"); a child
# who "took his medicine" (uống thuốc) is ordinary and stays out.
bé + nuốt … thuốc
bé + nuốt … viên
bé + ăn … viên thuốc
bé + thuốc người lớn
bé + thuốc của người lớn
bé + thuốc của bà
bé + thuốc của ông
bé + thuốc của ba
bé + thuốc của bố
bé + lục … thuốc
bé + nghịch … thuốc
con bé + nuốt … thuốc
con bé + nuốt … viên
con bé + ăn … viên thuốc
con bé + thuốc người lớn
con bé + thuốc của người lớn
con bé + thuốc của bà
con bé + thuốc của ông
con bé + thuốc của ba
con bé + thuốc của bố
con bé + lục … thuốc
con bé + nghịch … thuốc
thằng bé + nuốt … thuốc
thằng bé + nuốt … viên
thằng bé + ăn … viên thuốc
thằng bé + thuốc người lớn
thằng bé + thuốc của người lớn
thằng bé + thuốc của bà
thằng bé + thuốc của ông
thằng bé + thuốc của ba
thằng bé + thuốc của bố
thằng bé + lục … thuốc
thằng bé + nghịch … thuốc
em bé + nuốt … thuốc
em bé + nuốt … viên
em bé + ăn … viên thuốc
em bé + thuốc người lớn
em bé + thuốc của người lớn
em bé + thuốc của bà
em bé + thuốc của ông
em bé + thuốc của ba
em bé + thuốc của bố
em bé + lục … thuốc
em bé + nghịch … thuốc
đứa nhỏ + nuốt … thuốc
đứa nhỏ + nuốt … viên
đứa nhỏ + ăn … viên thuốc
đứa nhỏ + thuốc người lớn
đứa nhỏ + thuốc của người lớn
đứa nhỏ + thuốc của bà
đứa nhỏ + thuốc của ông
đứa nhỏ + thuốc của ba
đứa nhỏ + thuốc của bố
đứa nhỏ + lục … thuốc
đứa nhỏ + nghịch … thuốc
cháu bé + nuốt … thuốc
cháu bé + nuốt … viên
cháu bé + ăn … viên thuốc
cháu bé + thuốc người lớn
cháu bé + thuốc của người lớn
cháu bé + thuốc của bà
cháu bé + thuốc của ông
cháu bé + thuốc của ba
cháu bé + thuốc của bố
cháu bé + lục … thuốc
cháu bé + nghịch … thuốc
đứa bé + nuốt … thuốc
đứa bé + nuốt … viên
đứa bé + ăn … viên thuốc
đứa bé + thuốc người lớn
đứa bé + thuốc của người lớn
đứa bé + thuốc của bà
đứa bé + thuốc của ông
đứa bé + thuốc của ba
đứa bé + thuốc của bố
đứa bé + lục … thuốc
đứa bé + nghịch … thuốc
[urgent]
# Not responding, hard to wake, went limp, lying motionless, eyes rolled back, foaming at the mouth.
gọi mãi không dậy
gọi hoài không dậy
lay mãi không dậy
lay hoài không dậy
gọi mãi không tỉnh
gọi hoài không tỉnh
lay mãi không tỉnh
kêu không dậy
kêu không tỉnh
kêu mãi không dậy
khó đánh thức
đánh thức không dậy
đánh thức không được
gọi dậy không được
lay dậy không được
không tỉnh lại
ko tỉnh lại
k tỉnh lại
không chịu tỉnh
chưa tỉnh lại
không còn ý thức
không còn tỉnh táo
nằm bất động
nằm im không cử động
mắt trợn ngược
sùi bọt mép
ngã quỵ
quỵ xuống
đổ gục
xây xẩm … ngã
chóng mặt … ngã quỵ
gục đầu không dậy
# Heavy bleeding in everyday words: gushing, spurting, soaked in blood, blood everywhere, the
# bandage, gauze or towel soaked, can't stop it.
máu chảy xối xả
chảy máu xối xả
máu phun
phun máu
máu phụt
máu … ào ào
chảy máu ào ào
máu tuôn
máu chảy như
ướt đẫm máu
đẫm máu
thấm đẫm máu
máu thấm … băng
máu thấm … gạc
máu thấm … khăn
máu thấm ướt
thấm ướt … băng
ướt hết … gạc
ướt hết … khăn
khăn … đầy máu
máu khắp nơi
máu tùm lum
máu be bét
không cầm máu được
ko cầm được máu
k cầm được máu
cầm máu không nổi
thay băng vệ sinh liên tục
ướt đẫm băng vệ sinh
# Chest pressure as people describe it: a stone or an elephant on the chest, something sitting on
# it, squeezed or tightened ("như có tảng đá đè lên ngực", "ngực bị siết chặt").
đá đè … ngực
tảng đá … ngực
ngực … tảng đá
ngực … cục đá
ngực … hòn đá
đè lên ngực
đè trên ngực
ngồi lên ngực
con voi … ngực
ngực … bị siết
siết … ngực
ngực … siết chặt
ngực … thắt lại
thắt chặt … ngực
ngực … bị bóp
bóp chặt … ngực
ngực … nặng trĩu
nặng trĩu … ngực
ngực bị ép
bị ép ngực
ngực … như có gì đè
ngực … như có ai ngồi
[urgent-combinations]
# --- The chest with a cold sweat (vã, toát, mồ hôi lạnh), the left arm or shoulder, or the jaw
# ("khó chịu ở ngực, vã mồ hôi", "ngực khó chịu, tê tay trái"). Not plain "ra mồ hôi" or "lan ra":
# babies sweat and rashes spread to the chest.
ngực + vã mồ hôi
ngực + toát mồ hôi
ngực + mồ hôi lạnh
ngực + mồ hôi hột
ngực + tay trái
ngực + cánh tay trái
ngực + vai trái
ngực + đau hàm
ngực + quai hàm
ngực + hàm dưới
[urgent]
# Suicidal thoughts: thinking of death, "what is the point of living", demanding to die, teen
# spellings (mún = muốn), "take pills to die", jumping into a river.
nghĩ đến cái chết
nghĩ tới cái chết
nghĩ tới chuyện chết
nghĩ đến chuyện chết
sống làm gì nữa
sống để làm gì
sống chi nữa
sống làm chi
đòi chết
tìm đến cái chết
tìm tới cái chết
muốn nhảy sông
định nhảy sông
định nhảy cầu
đòi nhảy cầu
đòi nhảy lầu
uống thuốc cho chết
uống thuốc chết
uống thuốc để chết
chết cho rảnh
chết cho khỏe
chết cho yên
ko muốn sống
khum muốn sống
hk muốn sống
hông mún sống
không mún sống
ko mún sống
k mún sống
mún chết
mún tự tử
ước gì chết
ước gì mình chết
ước chết đi
giá mà chết
cứa vào tay
tự đâm
muốn tự đâm
[opt_out]
# Stop the texts: Southern gởi, code-switched sms/text/message/stop, take my number or name off,
# "no longer a patient here", "don't want to receive any more".
đừng gửi sms
đừng nhắn sms
đừng send
đừng send tin
đừng text
đừng text nữa
đừng nhắn text
đừng gửi message
đừng gửi mess
đừng nhắn mess
stop gửi
stop nhắn
stop tin nhắn
stop sms
stop nhắn tin
stop message
ngừng gửi sms
ngưng gửi sms
dừng gửi sms
không muốn nhận nữa
ko muốn nhận nữa
k muốn nhận nữa
hổng cần nhắn nữa
hông cần nhắn nữa
hổng cần gửi nữa
hông cần gửi nữa
khỏi gửi nữa
khỏi nhắn nha
đừng gởi
đừng gởi nữa
đừng gởi tin
đừng gởi … nữa
ngưng gởi
ngừng gởi
dừng gởi
khỏi gởi
làm ơn đừng nhắn tin
làm ơn đừng gửi tin
xóa số em
xóa số của tôi
xóa số của em
xóa sđt
xóa tên em
gỡ số em
gỡ tên em
bỏ số em ra
bỏ tên tôi ra
bỏ tên em ra
cho em ra khỏi danh sách
cho tôi ra khỏi danh sách
rút tên em
rút tên tôi
không còn là bệnh nhân
không còn khám ở đây
ko còn khám ở đây
nhắn gì nhắn hoài
nhắn hoài vậy
nhắn tin hoài vậy
[alone]
# The whole reply is "stop" (ngừng, ngưng, dừng lại). Not a bare "dừng": typed without accents it
# is "đúng" (right) or "dùng" (use).
ngừng = opt_out
ngưng = opt_out
dừng lại = opt_out
ngừng lại = opt_out
ngưng lại = opt_out
đừng nhắn = opt_out
đừng gửi = opt_out
khỏi nhắn = opt_out
thôi nhắn = opt_out
[other]
# Deworming medicine ("uống thuốc tẩy giun"), not bleach.
thuốc tẩy giun
uống thuốc tẩy giun
tẩy giun
