# zh-Hant.lex: reply lexicon for Chinese in Traditional characters: Taiwanese Mandarin
# (簡訊, 醫師, 好喔, 拜一) and the written Cantonese that Hong Kong patients text
# (係, 唔, 冇, 嚟, 咗, 啲, 唔得, 唔該, 多謝, 遲啲, 白車, 透唔到氣).
#
# Written for Parlance from everyday Taiwan and Hong Kong SMS/WhatsApp usage; nothing
# here is copied from the evaluation corpora. Chinese has no spaces, so every Chinese
# entry matches anywhere in a reply: one-character entries are kept only for characters
# that cannot hide inside an unrelated word (嗯, 痛, 疼, 痕, 癢, 否). Bare 好, 係, 得, 對,
# 是, 唔, 不 are deliberately absent: they sit inside 你好, 唔好意思, 關係, 覺得, 對不起,
# 是否, 唔舒服 and would turn questions into confirmations or refusals.
# Negated phrases that carry the meaning (去不了, 嚟唔到, 冇問題, 透唔到氣) are listed
# whole. Cantonese romanization is rare in SMS; only "m goi", "do ze" style replies are
# listed. Review: a reader of Traditional Chinese (Taiwan or Hong Kong) can check it alone.

@schema lexicon@1
@lang zh-Hant
@name Chinese, Traditional (繁體中文)

[confirm]
# "Yes, I will come / yes to the question": attendance, agreement, see-you-then.
確認
已確認
確認了
我確認
確認預約
確認出席
確認參加
確認會去
確定會去
確定會到
確定參加
確定了
是的
是啊
是呀
對的
對啊
對呀
對對
沒錯
冇錯
無錯
可以
可以的
可以啊
可以呀
可以喔
可以唷
可以嘅
可以㗎
可以可以
沒問題
沒有問題
沒什麼問題
冇問題
無問題
沒問題喔
會去
我會去
會去的
會來
我會來
會到
我會到
會準時到
能準時到
準時到
準時過去
按時到
一定到
一定去
一定來
能來
能去
能到
可以去
可以到
可以來
會參加
準時參加
赴約
如約
照常
照舊
維持預約
保持預約
時間可以
時間沒問題
這個時間可以
到時見
到時候見
明天見
係呀
係啊
係嘅
係㗎
係喇
係囉
會嚟
我會嚟
會嚟㗎
嚟得
去得
可以嚟
準時嚟
一定嚟
實嚟
實到
會到㗎
聽日見
今日見
陣間見
到時見啦
冇問題呀
冇問題㗎
得呀
得啊
得㗎
得嘅
在路上
出發了
喺路上
出緊門
點讚
✅
☑️
✔️
mo man tai
mou man tai
hai a
hai ah
# Added: see you on a named day (下個禮拜見, 禮拜三見).
下個禮拜見
下禮拜見
下星期見
下個星期見
下週見
後日見
後天見
禮拜一見
禮拜二見
禮拜三見
禮拜四見
禮拜五見
禮拜六見
星期一見
星期二見
星期三見
星期四見
星期五見
星期六見
星期天見
星期日見
週一見
週二見
週三見
週四見
週五見
週六見
拜一見
拜二見
拜三見
拜四見
拜五見
拜六見
待會見
等陣見
遲啲見
# Added: Cantonese typed in Latin letters.
wui lai
wui lei
jat ding lai

[cancel]
# "I will not attend; release the slot". Bare 唔/不 are absent (they sit inside
# 唔該, 唔舒服, 不好意思); 否 stays for "回覆是確認，否取消" prompts, with 是否/能否
# shielded in [other].
取消
取消預約
取消掛號
取消吧
要取消
我要取消
想取消
幫我取消
請取消
麻煩取消
唔該取消
取消咗
取消咗佢
幫我cancel
想cancel
否
不去了
不去
不來了
不來
不過去了
去不了
來不了
去不成
到不了
不能來
不能去
不能到
不能過去
不能參加
不能赴約
沒辦法去
沒辦法來
沒辦法到
沒辦法過去
沒法去
沒法來
無法前往
無法到場
無法出席
無法參加
無法赴約
不參加
參加不了
不用了
不需要了
不要了
算了
不行
不可以
不方便
不會去
不會來
沒時間
沒空
臨時有事不能去
唔去
唔去喇
唔去了
唔嚟
唔嚟喇
唔嚟了
唔嚟得
嚟唔到
嚟唔到喇
去唔到
去唔到喇
過唔到嚟
唔得
唔得喇
唔得閒
冇時間
冇空
唔方便
唔使喇
唔使了
唔要了
唔需要喇
唔會去
唔會嚟
冇辦法嚟
冇辦法去
冇法嚟
唔使預我
唔好預我
算啦
❌
🙅
算數啦
# Added: English cancel inside Chinese text.
cancel
要cancel
cancel咗
cancel佢
# Added: Cantonese typed in Latin letters (Yale/Jyutping-ish, as people really type it).
lai m dou
lei m dou
lai m do
heoi m dou
hui m dou
m lai la
m lei la
m heoi la
m hui la
m dak la
# Added: 'I don't want to / don't need to go any more'.
唔想去
唔想嚟
唔使去
唔使嚟
唔使過嚟
唔需要嚟
不想去了
不想去
不用去了
不用來了
不需要去了

[reschedule]
# "I want another time": change, move, postpone, earlier/later, another day.
改期
改約
改預約
更改預約
修改預約
改時間
改個時間
改一下時間
更改時間
改日子
改日期
換時間
換個時間
換一天
換日子
改天
改日
另約
重新預約
重新約
重約
再約
下次再約
改天再約
改到
換到
調到
挪到
推遲
延期
延後
往後延
往後推
推後
押後
押遲
改遲
改遲啲
改早
改早啲
遲啲時間
遲啲再約
遲啲再嚟
早啲時間
晚一點的時間
早一點的時間
其他時間
別的時間
另一個時間
另外時間
另一日
改第二日
約第二日
轉期
轉時間
轉日子
轉另一日
再book
重新book
book過
改上午
改下午
改朝早
改晏晝
重新安排
另外安排
再安排
調整時間
調整預約
可以改嗎
能改嗎
可唔可以改
可不可以改
能不能改
改期得唔得
可以提早嗎
可唔可以提早
提早一日
想改
想換
第二日再嚟
第二日先嚟
第二日再約
# Added: English reschedule in Chinese text, 'change to another time' (轉/約/改), asking which day or slot is open.
reschedule
resched
轉個時間
轉第二個時間
轉過第二日
改第二個時間
改去
約下晝
約朝早
約過
約過第二日
約遲啲
約早啲
約其他時間
邊日得
邊日有
邊日有位
幾時有位
有冇位
其他時段
別的時段
晚一點的時段
早一點的時段
晚點的時段
換個時段
有空檔
有沒有空檔
有冇空檔
有冇空位
還有位子嗎
什麼時候有空
# Added: asking what is open (有冇時間/位, 有沒有時間), which patients send without a question mark.
有冇時間
有冇空
有冇 … 時間
有沒有時間
有沒有空
有沒有 … 時間
有時間嗎
有空嗎
可唔可以約
可不可以約
可以約
約下午
約上午
約聽日
約下星期
約下個禮拜
# Added: offering another day as a question after declining (呢個禮拜冇時間，下個禮拜得唔得; 禮拜 also matches 下個禮拜, 禮拜五).
禮拜 … 得唔得
禮拜 … 得嗎
禮拜 … 可唔可以
禮拜 … 可以嗎
禮拜 … 可不可以
禮拜 … 行嗎
禮拜 … 有冇位
禮拜 … 有冇時間
禮拜 … 有時間嗎
禮拜 … 有空嗎
禮拜 … 得閒
禮拜 … 方便嗎
星期 … 得唔得
星期 … 得嗎
星期 … 可唔可以
星期 … 可以嗎
星期 … 可不可以
星期 … 行嗎
星期 … 有冇位
星期 … 有冇時間
星期 … 有時間嗎
星期 … 有空嗎
星期 … 得閒
星期 … 方便嗎
週 … 得唔得
週 … 得嗎
週 … 可唔可以
週 … 可以嗎
週 … 可不可以
週 … 行嗎
週 … 有冇位
週 … 有冇時間
週 … 有時間嗎
週 … 有空嗎
週 … 得閒
週 … 方便嗎
後日 … 得唔得
後日 … 得嗎
後日 … 可唔可以
後日 … 可以嗎
後日 … 可不可以
後日 … 行嗎
後日 … 有冇位
後日 … 有冇時間
後日 … 有時間嗎
後日 … 有空嗎
後日 … 得閒
後日 … 方便嗎
後天 … 得唔得
後天 … 得嗎
後天 … 可唔可以
後天 … 可以嗎
後天 … 可不可以
後天 … 行嗎
後天 … 有冇位
後天 … 有冇時間
後天 … 有時間嗎
後天 … 有空嗎
後天 … 得閒
後天 … 方便嗎
下個月 … 得唔得
下個月 … 得嗎
下個月 … 可唔可以
下個月 … 可以嗎
下個月 … 可不可以
下個月 … 行嗎
下個月 … 有冇位
下個月 … 有冇時間
下個月 … 有時間嗎
下個月 … 有空嗎
下個月 … 得閒
下個月 … 方便嗎
改下個禮拜
改去下個禮拜
改到下週
下個禮拜再嚟
下個禮拜先嚟
# Added: Hong Kong English-mixed 'change the time' (change個時間, 轉booking).
change個時間
change時間
change 時間
change個日子
change日子
change個booking
change booking
轉booking
改booking
改個booking
轉個booking
postpone個booking
# Added: 'change it to' (改成下午, 改下晝, 改做禮拜五).
改成
改為
換成
改下晝
改做
改喺

[late]
# "I am coming but will be late": late, traffic, on the way and nearly there, wait for me.
遲到
會遲到
要遲到
可能遲到
晚到
會晚到
晚點到
晚一點到
晚些到
會晚點
會晚一點
來晚
來晚了
遲啲到
遲少少
遲小小
遲少少到
遲 … 分鐘
遲 … 分
遲咗
會遲啲
會遲少少
遲咗少少
會遲
晚一點點
不能準時
沒辦法準時
無法準時
不能按時
唔會準時到
唔能夠準時
未必準時
趕唔切
嚟唔切
趕不及
趕不上
來不及
塞車
塞緊車
塞咗車
堵車
路上塞車
馬上到
快到了
就快到
差唔多到
到緊
等我一陣
等我一下
等等我
等我下
請等我
正在趕
趕緊過嚟
趕過去
延誤
誤點
港鐵延誤
巴士遲
late少少
會late
就到喇
就嚟到
即刻到
我嚟緊
嚟緊喇
而家嚟緊
已經遲咗
# Added: English late inside Chinese text, parking, and more 'a bit late' forms.
running late
要late
遲大概
遲啲先到
晚啲到
會晚啲
晚點點
搵緊車位
搵唔到車位
找不到車位
找不到停車位

[symptom]
# Non-emergency health reports, medication side effects, low mood or anxiety.
咳嗽
咳得
一直咳
仲咳
還在咳
發燒
發燒了
發燒咗
發熱
低燒
高燒
燒未退
頭暈
頭昏
好暈
頭痛
頭疼
偏頭痛
皮疹
出疹
起疹
疹子
紅疹
風疹
蕁麻疹
過敏
痕
好痕
痕癢
癢
噁心
惡心
作嘔
作悶
想吐
想嘔
嘔吐
嘔咗
吐了
肚痛
肚屙
屙嘔
拉肚子
腹瀉
肚子痛
肚子疼
胃痛
腹痛
不舒服
不太舒服
唔舒服
好唔舒服
唔係好舒服
有啲唔舒服
周身唔舒服
有點不舒服
難受
好辛苦
覺得辛苦
痛
疼
酸痛
感冒
傷風
流鼻水
流鼻涕
鼻塞
喉嚨痛
乏力
冇力
沒力氣
好攰
好累
疲倦
唔精神
失眠
瞓唔著
瞓唔着
瞓唔到
睡不著
睡不好
便秘
腰痛
背痛
骨痛
關節痛
腫咗
腫了
紅腫
水腫
發炎
感染
傷口裂開
傷口紅
化膿
出血
流血
尿痛
尿頻
小便痛
血尿
便血
手麻
腳麻
發麻
麻痺
抽筋
眼矇
視力模糊
耳鳴
牙痛
心跳快
心悸
心慌
血壓高
血糖高
血糖低
副作用
不良反應
藥物反應
身體不好
身體唔好
身體不適
病咗
病了
生病了
加重了
嚴重咗
冇好轉
沒好轉
焦慮
抑鬱
憂鬱
心情差
心情不好
心情低落
情緒低落
壓力大
想喊
想哭
冇胃口
沒胃口
食唔落
跌親
跌倒
摔倒
撞到頭
撞親頭
撞親個頭
跌親個頭
頭部受傷
扭親
扭傷
骨折
燙傷
仲未好返
未好返
痠痛
喉嚨腫
扁桃腺腫
# Fever that has not gone down: listed whole so that 未/唔/冇/不 here does not negate the
# fever (an infant or chemotherapy combination below needs it).
未退燒
仲未退燒
冇退燒
唔退燒
退唔到燒
沒退燒
沒有退燒
不退燒
退不了燒
# Something in the body stopped (bleeding, pain, vomiting): a health report, not "stop
# messaging me" (停止 is a bare [opt_out] entry). "仲未停" forms are in [urgent].
出血 … 停止
流血 … 停止
血已經停止
血已停止
血停止
疼痛 … 停止
痛停止
疼停止
咳嗽 … 停止
嘔吐 … 停止
腹瀉 … 停止
肚屙 … 停止
停止出血
停止流血
停止疼痛
停止嘔吐
停止咳嗽
# "Hope it doesn't come back" (唔好再發燒): 唔好再發/不要再發 here is fever, not a stop request.
唔好再發燒
唔好再發熱
唔好再發作
唔好再發炎
不要再發燒
別再發燒
不要再發作
# Added: getting worse, tiredness (攰), swelling, cough and rash forms, sprains, readings that are high, stomach upset, medicine that does not help.
越嚟越差
越來越差
越嚟越嚴重
越來越嚴重
越嚟越痛
越來越痛
差咗
更差
更糟
變差
惡化
加重
冇好過
未見好
攰
好眼瞓
腫
咳咗
咳到
咳唔停
咳個不停
皮膚敏感
敏感起
起粒
起晒粒
出風癩
起風癩
風癩
扭到
扭咗
拗柴
血壓 … 高
血壓偏高
血糖 … 高
脹氣
肚脹
胃脹
胃酸倒流
火燒心
頭赤
暈暈哋
頭暈眼花
喉嚨痕
聲沙
沙聲
食藥冇效
食藥都冇用
藥冇效
吃藥沒效
藥沒效
傷口 … 痛
傷口 … 紅
睡眠不好
瞓得唔好
# Added: aches (酸/痠) and poor appetite.
頸 … 酸
膊頭 … 酸
腰酸
腰痠
胃口差
胃口唔好
胃口不好
唔想食嘢
冇食慾
沒食慾
# Added: a little bleeding from a bite or cut, bitten by an animal, a bump (起咗個包).
流咗少少血
流咗啲血
流咗小小血
出咗少少血
出咗啲血
流了一點血
流了點血
出了點血
俾狗咬
俾貓咬
被狗咬
被貓咬
咬傷
起咗個包
腫咗個包
頭撞
頭撞到
# Feeling-better entries (好返好多, 好多了, 冇咁痛 …) moved to [other] in the session 5 block at the end:
# an improvement is not a complaint. A temperature mention stays here.
體溫
# Added: nosebleeds, a rash (疹 alone: 出咗啲疹), a little breathless on exertion.
鼻血
流鼻血
疹
有啲喘
有點喘
有少少喘
# Added: a bit of a cough (有啲咳, 淨係咳, 乾咳).
有啲咳
有少少咳
有點咳
淨係咳
乾咳
咳咗幾日
# Added: a symptom that has gone (唔暈喇, 退咗燒): a health update, listed whole so the 唔/冇 inside does not drop it.
唔暈喇
唔咳喇
冇再咳
退咗燒
退燒咗
退燒了
血止咗
消咗腫
不暈了
不咳了
# Added (red-flag pass): worry (好著急) and an acute diagnosis (急性胃炎) are not alarm words; written as two words so the bare urgent 急 inside them yields.
很著急
好著急
有點著急
著急了
好心急
急性 … 炎
急性 … 病

[urgent]
# Red flags (intents.md rule 10): chest pain, breathing, self-harm, stroke signs, heavy
# bleeding, fainting, seizure, infant or chemo fever, head injury on blood thinners,
# severe allergy, and emergency words (HK 999, TW 119, 白車). When in doubt it is kept here.
胸痛
胸口痛
胸口疼
胸口好痛
胸口很痛
胸口悶
胸悶
胸口翳
胸口緊
胸口好緊
胸口發緊
胸口壓住
胸口好似俾嘢壓住
胸部疼痛
胸部痛
心口痛
心口好痛
心口翳
心口好翳
心口悶
心口緊
心臟痛
心絞痛
心臟病發
心臟病發作
心肌梗塞
心臟驟停
胸口 … 痛
胸口 … 翳
胸口 … 悶
胸口 … 緊
胸口 … 壓
心口 … 痛
心口 … 翳
胸 … 痛
胸 … 悶
呼吸困難
好難呼吸
喘不過氣
喘不上氣
透不過氣
吸不到氣
上不來氣
呼吸不了
不能呼吸
無法呼吸
呼吸急促
氣促
氣短
窒息
透唔到氣
透唔切氣
透唔過氣
唞唔到氣
唞唔切氣
唞唔過氣
抖唔到氣
抖唔切氣
喘唔到氣
吸唔到氣
唔夠氣
嘴唇發紫
嘴唇發黑
呼吸 … 困難
自殺
想自殺
要自殺
輕生
不想活
不想活了
活不下去
唔想活
唔想再活
唔想生存
唔想做人
想死
結束生命
了結自己
傷害自己
自殘
𠝹手
鎅手
割腕
跳樓
上吊
食咗好多藥
食咗成樽藥
食咗一樽藥
吃了很多藥
吃了一整瓶
食多咗藥
食過量
服藥過量
過量服藥
吞藥
中風
腦中風
爆血管
口齒不清
口齒唔清
說話不清
講嘢唔清楚
講嘢唔清
講唔到嘢
講唔出嘢
說不出話
嘴歪
口歪
面歪
臉歪
面癱
半邊身麻
半邊身麻痺
半邊身冇力
半邊身無力
半邊身體麻
半身麻
半身不遂
一邊手腳冇力
一邊手腳無力
一側無力
突然睇唔到
突然看不見
突然劇烈頭痛
劇烈頭痛
大出血
大量出血
出血不止
血流不止
止唔到血
止不住血
血止唔到
出血唔停
流好多血
流咗好多血
流很多血
流了很多血
一直流血
吐血
嘔血
咳血
暈低
暈咗
暈倒
昏倒
暈過去
昏過去
昏迷
暈厥
失去知覺
冇知覺
失去意識
意識不清
神志不清
叫極都唔醒
叫不醒
休克
抽搐
發羊吊
癲癇發作
羊癇症
口吐白沫
# Infant and chemotherapy fever across clauses, with negation ("BB兩個月，冇發燒"), is in
# [urgent-combinations]; a "…" entry here would swallow the 冇/唔/不 between its words.
BB發燒
BB發熱
寶寶發燒
嬰兒發燒
嬰兒發熱
新生兒發燒
初生 … 發燒
初生 … 發熱
新生 … 發燒
嬰兒 … 發燒
嬰兒 … 發熱
個月大 … 發熱
化療 … 體溫
化療後發燒
薄血藥 … 撞
薄血藥 … 跌
撞 … 薄血藥
跌 … 薄血藥
抗凝血 … 撞
抗凝血 … 跌
抗凝 … 頭部受傷
華法林 … 撞
華法林 … 跌
撞到頭 … 抗凝
撞到頭 … 華法林
嚴重過敏
過敏性休克
過敏 … 呼吸
喉嚨發緊
條脷腫
脷腫
舌頭腫
嘴唇腫
# 緊急 by its alarm uses (緊急情況, 好緊急): a bare 緊急 also caught 緊急聯絡人 (emergency contact).
緊急情況
情況緊急
好緊急
很緊急
非常緊急
特別緊急
緊急求助
緊急求救
有緊急
緊急嘅事
緊急緊急
急救
救護車
白車
叫白車
召白車
打999
叫999
999
打119
叫119
911
# 急症 by its emergency uses (去急症, 送咗入急症): a bare 急症 also caught 急症室喺邊 (where is the A&E).
去急症
喺急症
送急症
入急症
入咗急症
睇急症
要急症
需要急症
送去急症
返急症
# 急診 by its emergency uses (去急診, 送急診): a bare 急診 also caught questions about the ER (急診在哪裡).
去急診
在急診
送急診
掛急診
看急診
要急診
需要急診
進急診
上急診
救命
快唔得
我快唔得
快不行了
快死了
危急
病危
喉嚨腫 … 呼吸
喉嚨腫 … 透唔到
喉嚨緊
過敏 … 喉嚨
過敏 … 腫
過敏 … 嘴唇
面腫 … 呼吸
個星期大 … 發燒
個星期大 … 發熱
日大 … 發燒
出世 … 發熱
出生 … 發熱
# Self-harm and suicide phrasing that carries its own negation (never negated as a whole).
不想再活
活唔落去
生存唔落去
捱唔落去
撐不下去了
唔想再生存
死咗好過
死咗算
想死咗佢
不如死咗佢
不如死了
死了算了
一死了之
尋死
想不開
諗唔開
唔想再醒
不想醒來
好想死
真係想死
想去死
自我了斷
了結生命
救救我
# Cutting and self-injury (𠝹/鎅 are the Cantonese "cut").
又𠝹手
又𠝹咗
又鎅手
又鎅咗
又割了
又割手
割手
割自己
𠝹自己
鎅自己
𠝹傷自己
割手腕
劃手腕
劃自己
用刀𠝹
用刀割
用刀劃
又自殘
# Bleeding that will not stop.
出血 … 不停
出血 … 唔停
流血 … 唔停
流血 … 不停
血 … 止唔到
血 … 止唔住
血 … 止不住
止唔住血
血止唔住
血止不住
流血不止
血流唔停
血流不停
止不了血
出好多血
出咗好多血
流了好多血
出了好多血
血噴出嚟
血噴出來
成地都係血
流血流咗好耐
流咗好耐血
血流咗好耐
出血出咗好耐
大量流血
# Severe allergic reaction: swelling with the throat closing.
嘴唇 … 腫 … 喉嚨
嘴唇腫 … 喉嚨
舌頭 … 腫
條脷 … 腫
喉嚨好緊
喉嚨很緊
喉嚨收窄
喉嚨水腫
喉頭水腫
口水都吞唔落
口水都吞不下
吞唔到口水
# Trouble breathing, as Hong Kong and Taiwan patients put it.
呼吸唔到
好難唞氣
唞氣好辛苦
喘不上來
呼吸不順
呼吸不暢
呼吸唔順
很喘
好喘
喘到不行
喘得很厲害
# Call me now.
急，快打給我
快打給我
快點打給我
馬上打給我
趕快打給我
快打電話給我
馬上打電話給我
快啲打俾我
快啲打畀我
即刻打俾我
即刻打畀我
即刻覆我電話
請馬上回電
急急急
十萬火急
好急
很急
# Heart or breathing stopped, and bleeding that has not stopped (停止 is a bare [opt_out]
# entry; these make sure the reply reads as urgent).
心跳停止
心臟停止
呼吸停止
停止呼吸
出血 … 未停
流血 … 未停
血仲未停
血仲係未停
血一直都未停
出血 … 沒停
流血 … 沒停
血還沒停
血一直沒停
# Added: chest discomfort as patients put it (唔舒服/難受/辛苦 in the chest or heart).
胸口 … 唔舒服
胸口 … 不舒服
胸口 … 難受
胸口 … 辛苦
心口 … 唔舒服
心口 … 不舒服
心口 … 難受
心口 … 辛苦
心臟 … 唔舒服
心臟 … 不舒服
心臟 … 難受
心口劇痛
胸口劇痛
心口好似有嘢壓住
心口壓住
胸口被壓
# Added: fainting, collapse and unresponsiveness said indirectly.
暈咗過去
昏咗過去
暈了過去
昏了過去
眼前一黑
突然倒低
突然瞓低
成個人倒低
跌咗落地冇反應
叫佢冇反應
叫佢都冇反應
叫極冇反應
冇晒反應
冇反應喇
叫不應
冇咗呼吸
冇呼吸
冇心跳
沒有呼吸了
沒呼吸了
沒有心跳
# Added: stroke signs (speech with a word in between, drooping mouth or face, one side weak; one side + weakness across words is in [urgent-combinations]).
講嘢 … 唔清
講說話 … 唔清
說話 … 不清
講話 … 不清
口齒 … 唔清
口齒 … 不清
大舌頭
條脷硬
脷硬
嘴巴歪
嘴角歪
嘴角下垂
口角歪
半邊面
面一邊
一邊面
半邊臉
半邊身
一邊身
左邊手腳
右邊手腳
一隻手舉唔起
隻手舉唔起
睇嘢重影
看東西重影
突然行唔到路
突然企唔穩
# Added: seizure (扯蝦 is Hong Kong for a fit), overdose, and heavy bleeding forms.
扯蝦
扯蝦筋
成個人震
成身震
全身抽
反晒白眼
反白眼
食咗成排
食咗一排
食咗成盒
食咗一盒藥
食咗好多粒
食多咗好多藥
吞咗好多藥
吞咗成樽
吃了好多藥
吃了太多藥
吃了一瓶
誤服
誤食咗藥
出血好多
血流如注
# Added: pregnancy red flags (spotting, waters breaking, baby not moving; listed whole because they carry 冇/唔/沒).
見紅
穿羊水
羊水穿咗
破水
冇胎動
沒有胎動
沒胎動
胎動少
胎動減少
胎動少咗
胎動變少
感覺唔到胎動
感覺不到胎動
BB冇郁
BB唔郁
BB冇點郁
BB冇乜郁
BB冇再郁
BB少咗郁
BB郁少咗
寶寶不動
寶寶冇郁
胎兒冇郁
胎兒不動
# Added: coughing up or vomiting blood as Hong Kong and Taiwan patients put it (咳到有血, 嘔咗好多血, 痰有血).
咳到有血
咳出血
咳咗血
咳了血
咳嗽有血
咳嗽帶血
咳出嚟有血
痰有血
痰入面有血
痰裡有血
痰中帶血
痰帶血
嘔咗血
嘔咗好多血
嘔出血
嘔到有血
嘔出嚟有血
嘔出嚟係血
吐咗血
吐咗好多血
吐了好多血
吐了很多血
吐出血
屙咗好多血
# Added: sudden confusion, talking nonsense, not recognising people (亂講嘢, 認唔到人).
神智不清
亂講嘢
亂講說話
講嘢亂晒
胡言亂語
語無倫次
認唔到人
認唔到我
認唔出人
認唔出我
認不出人
認不出我
認不得人
唔認得人
突然糊塗
意識混亂
精神錯亂
# Added: unconscious or not responding (叫唔醒, 冇咗知覺; 叫/拍/搖 … 冇反應 carry their own 冇).
叫唔醒
叫極唔醒
叫佢唔醒
叫唔應
叫極唔應
冇咗知覺
失咗知覺
唔省人事
不省人事
人事不省
叫 … 冇反應
叫 … 沒反應
拍 … 冇反應
搖 … 冇反應
喊 … 沒反應
人冇反應
人沒反應
瞓低冇反應
# Added: severe pain (unbearable, rolling on the floor), and the chest gripped or squeezed.
劇痛
劇烈疼痛
劇烈腹痛
痛到碌地
痛到喺地下碌
痛到打滾
痛得打滾
痛得站不起來
心口 … 揸住
胸口 … 揸住
心口 … 揸實
胸口 … 揸實
心口揸住
心口 … 揪
胸口 … 揪
心臟 … 揪
胸口 … 刺痛
心口 … 刺痛
胸口 … 絞痛
心臟 … 疼
心臟 … 悶
心臟 … 翳
# Added: life feels meaningless, wanting to disappear, more overdose forms.
生存冇意義
生存冇意思
活著沒有意義
活著沒意思
活著沒有意思
活著有什麼意思
活住冇意思
做人冇意思
做人好冇意思
冇理由再生存
唔想再做人
想消失
死咗佢算
不如死掉
想死掉
吞咗好多粒
吞咗成排
吞咗一排
吞咗一把
食咗一大把藥
食咗一揸藥
吃了一大把藥
# Added: unbearable pain in the belly or head (a toothache that is 受唔住 stays a symptom).
肚痛到頂唔順
肚痛到受唔住
肚痛得好犀利
肚 … 痛到頂唔順
肚子痛得受不了
肚子痛到受不了
肚子疼得受不了
頭痛到頂唔順
頭痛到受唔住
頭痛得受不了
頭痛到受不了
# Added: the worst headache ever, eyes rolling, the heart 'about to stop' (carry their own 未/冇/沒).
從來未試過咁痛
從未試過咁痛
從來冇試過咁痛
未試過咁痛
從來沒有這麼痛
從沒這麼痛
人生最痛
心臟停咗
心臟快停
心跳停咗
兩眼反白
眼反上
手腳抽搐
講唔到說話
突然唔識講嘢
突然不會說話
# Added: very heavy bleeding (血崩, 流咗一地血).
血崩
出血量好大
出血量很大
流咗一地血
一地都係血
成身都係血
全身是血
# Added: a heart or asthma attack coming on (心臟病又發, 哮喘發作), a fistful of pills (一揸藥), bleeding from the head, breathing (Taiwan 呼吸不過來).
心臟病又發
心臟病發咗
心臟病復發
心臟病又犯
哮喘發作
哮喘病發
氣喘發作
吞咗一揸
食咗一揸
頭流血
個頭流血
頭出血
頭部出血
頭破血流
個頭爆咗
呼吸不過來
喘不過來
吸不上來
呼吸不上來
眼前發黑
眼前黑咗
# Added (red-flag pass): chest tight or sore with words between, pain spreading to the jaw, arm or back.
胸 … 緊
胸部 … 緊
胸前 … 痛
胸前 … 疼
痛到下巴
疼到下巴
痛到後背
痛到背脊
痛到左手
痛到手臂
# Added (red-flag pass): choking, throat closing, turning blue (哽住 is Cantonese for choking on something).
哽住
俾嘢哽
噎住
卡住喉嚨
卡喺喉嚨
卡在喉嚨
喉嚨 … 封住
喉嚨 … 關上
喉嚨 … 塞住
喘不勻
上氣不接下氣
憋到 … 紫
憋得 … 紫
臉都紫了
面都紫
嘴唇紫
唇都紫
# Added (red-flag pass): collapsed and not responding (冇反應 carries its own negation).
冇反應
沒有反應
叫 … 唔醒
叫 … 不醒
沒有知覺
# Added (red-flag pass): soaking pads, bleeding that keeps going.
濕透 … 衛生巾
衛生巾 … 濕透
衛生棉 … 濕透
一直出血
一直在出血
出血 … 好多
出血 … 很多
全部都係血
全是血
都是血
# Added (red-flag pass): passive suicidal thoughts and overdose (carry their own 沒/冇/唔).
活著 … 沒意思
活著 … 沒意義
活著 … 沒有意思
活著 … 沒有意義
生存 … 冇意思
人生沒有意義
人生沒意義
人生冇意義
人生冇意思
冇咗我 … 好啲
冇咗我 … 更好
沒有我 … 更好
沒有我會更好
永遠消失
想 … 消失
結束自己
吞了一整瓶
食晒啲藥
食晒所有藥
把藥全吃了
把藥都吃了
藥全吃了
所有的藥都吃了
# Added (red-flag pass): face, mouth or tongue swelling (allergy).
臉腫
臉 … 腫
面腫
塊面 … 腫
嘴 … 腫
脷 … 腫
# Added (red-flag pass): bare urgency words; the harmless phrases that contain them (緊急聯絡人, 唔急, 急症室喺邊, 急診的帳單) are under [other] and win by being longer.
緊急
急
# Added (red-flag pass): the baby not moving in pregnancy (冇郁, 唔郁 = not moving; they carry their own negation).
BB … 冇郁
BB … 唔郁
BB … 冇動
BB … 沒動
寶寶 … 不動
寶寶 … 沒動
肚入面 … 冇郁

[urgent-combinations]
# Red flags made of two or three facts that may sit in different clauses ("做緊化療，發燒38.5度", "BB兩個月，有啲燒", "食緊薄血藥，跌親撞到個頭"): every part must appear somewhere in the reply, none negated; {temperature} = a fever-range number (38.5, 39度, 101F).
# --- fever during chemotherapy (化療 also matches 做緊化療, 化療後); chills (發冷)
化療 + 發燒
化療 + 發熱
化療 + 高燒
化療 + 低燒
化療 + 發冷
{temperature} + 化療
# --- fever in a baby under three months (燒 matches 發燒, 發高燒, 有啲燒, 燒到39度)
BB + 燒
BB + 發熱
{temperature} + BB + 度
寶寶 + 燒
寶寶 + 發熱
新生兒 + 燒
個月大 + 燒
{temperature} + 個月
兩個月 + 燒
滿月 + 燒
週大 + 燒
禮拜大 + 燒
星期大 + 燒
出世 + 燒
出生 + 燒
# --- head injury or a fall on blood thinners (薄血/稀血 match 薄血藥, 薄血丸; 頭 + 撞/跌/摔: 撞親個頭, 跌親個頭, 跌倒撞到頭)
薄血 + 頭 + 撞
薄血 + 頭 + 跌
稀血 + 頭 + 撞
抗凝 + 頭 + 撞
抗凝 + 頭 + 跌
抗凝 + 頭 + 摔
華法林 + 頭 + 撞
華法林 + 頭 + 跌
華法林 + 頭 + 摔
# --- bleeding on blood thinners
薄血 + 出血
薄血 + 流血
薄血 + 鼻血
抗凝 + 出血
抗凝 + 流血
華法林 + 出血
華法林 + 流血
# --- swelling with trouble breathing or swallowing
腫 + 喘
腫 + 吞唔落
腫 + 吞不下
# --- added: fever with a stiff neck (燒 matches 發燒/發高燒; 硬 matches 僵硬; 條頸好硬)
燒 + 頸 + 硬
燒 + 脖子 + 硬
發熱 + 頸 + 硬
燒 + 頸 + 郁唔到
燒 + 頸 + 轉唔到
燒 + 頸 + 岳唔到
# --- added: bleeding, waters breaking or fetal movement in pregnancy (孕 matches 懷孕, 孕婦, 有孕; 有咗 … 個月 is 'N months pregnant')
孕 + 出血
孕 + 流血
孕 + 見紅
孕 + 劇痛
孕 + 破水
有咗 + 個月 + 出血
有咗 + 個月 + 流血
有咗 + 個月 + 見紅
有咗 + 冇郁
有咗 + 唔郁
懷孕 + 冇郁
# --- added: chest pain or pressure with the left arm, or a weight on the chest
胸 + 左手臂
胸 + 左臂
心口 + 左手
胸口 + 左手
心臟 + 左手
心口 + 壓住
胸口 + 壓住
心口 + 石
胸口 + 石頭
# --- added: one side of the body weak or numb (stroke); sleeping pills in quantity
左邊 + 郁唔到
右邊 + 郁唔到
半邊 + 郁唔到
一邊 + 郁唔到
左邊 + 冇力
右邊 + 冇力
一邊 + 冇力
左邊 + 無力
右邊 + 無力
左邊 + 動不了
右邊 + 動不了
半邊 + 麻
安眠藥 + 成排
安眠藥 + 成樽
安眠藥 + 好多
安眠藥 + 一樽
安眠藥 + 一瓶
安眠藥 + 很多
# --- added: a fever-range temperature in a baby given in weeks or days (三個禮拜大，體溫38.5)
{temperature} + 禮拜大
{temperature} + 星期大
{temperature} + 週大
{temperature} + 日大
{temperature} + 滿月
{temperature} + 嬰兒
{temperature} + 初生
# --- added: a head injury followed by vomiting or drowsiness (撞親個頭，而家嘔咗兩次)
頭 + 撞 + 嘔
頭 + 跌 + 嘔
頭 + 撞 + 吐
頭 + 摔 + 吐
頭 + 磕 + 吐
頭 + 撞 + 好眼瞓
頭 + 撞 + 嗜睡
懷孕 + 不動
孕 + 冇郁
孕 + 唔郁
孕 + 不動
# --- added: a named arm or leg suddenly useless (右手突然郁唔到), and a fit with fever in a child (發高燒抽筋)
右手 + 郁唔到
左手 + 郁唔到
右腳 + 郁唔到
左腳 + 郁唔到
右手 + 冇力
左手 + 冇力
右手 + 動不了
左手 + 動不了
右手 + 沒力
左手 + 沒力
右手 + 痹
左手 + 痹
右手 + 舉唔起
左手 + 舉唔起
燒 + 抽筋
發熱 + 抽筋
BB + 抽筋
寶寶 + 抽筋
# --- added: pregnancy with blurred vision (pre-eclampsia signs)
孕 + 睇唔清
孕 + 視力模糊
孕 + 眼矇
孕 + 看不清
有咗 + 睇唔清
# --- added: aspirin and other blood thinners with a head injury or bleeding; a newborn not feeding or deeply jaundiced
阿士匹靈 + 頭 + 跌
阿士匹靈 + 頭 + 撞
阿斯匹靈 + 頭 + 跌
阿斯匹靈 + 頭 + 撞
阿斯匹靈 + 頭 + 摔
保栓通 + 頭 + 撞
保栓通 + 頭 + 跌
拜瑞妥 + 頭 + 撞
拜瑞妥 + 出血
艾必克凝 + 出血
抗血小板 + 頭 + 撞
抗血小板 + 頭 + 跌
初生 + 唔食奶
初生 + 唔肯食
初生 + 黃疸
新生兒 + 不吃奶
新生兒 + 唔食奶
新生兒 + 唔肯食
新生兒 + 黃疸
滿月 + 唔食奶
滿月 + 唔肯食
# --- added (red-flag pass): chest pain spreading to the jaw; soaking a pad within the hour
胸 + 下巴
衛生巾 + 小時
衛生巾 + 個鐘
衛生棉 + 小時
衛生巾 + 濕透
衛生棉 + 濕透
# --- added (red-flag pass): heavy bleeding after surgery or birth
手術 + 一直出血
手術後 + 出血
做完手術 + 出血
術後 + 出血
術後 + 流血
生完 + 出血
生完 + 流血
產後 + 出血
產後 + 流血
# --- added (red-flag pass): a baby that feels hot (熱, 燙) given an age in days or weeks; 身好熱 is Cantonese for 'burning up'
BB + 身好熱
BB + 好熱
BB + 燙
寶寶 + 燙
嬰兒 + 燙
初生 + 燙
星期大 + 燙
星期大 + 熱
禮拜 + 身好熱
週 + 額頭 + 燙
週 + 身體 + 燙
個月大 + 燙
出世 + 燙
化療 + 燙
# --- added (red-flag pass): blood thinners named in English or as 血液稀釋劑, with a head injury
warfarin + 頭 + 撞
warfarin + 頭 + 跌
warfarin + 頭 + 摔
xarelto + 頭 + 撞
eliquis + 頭 + 撞
blood thinner* + 頭 + 撞
血液稀釋 + 頭 + 撞
血液稀釋 + 頭 + 摔
血液稀釋 + 頭 + 跌
稀釋血液 + 頭 + 撞
# --- added (red-flag pass): a new medicine followed by swelling, hives with breathing trouble
新藥 + 腫
蕁麻疹 + 呼吸
風癩 + 唞唔到
# --- added (red-flag pass): bleeding while pregnant, said as 有咗 (Cantonese 'expecting')
有咗 + 出血
有咗 + 流血
有BB + 出血
# --- added (red-flag pass): the baby not moving, with the day or time in between (BB今日成日都冇郁)
BB + 冇郁
BB + 唔郁
寶寶 + 冇郁
寶寶 + 沒動

[opt_out]
# "Stop messaging me": unsubscribe, TD, stop sending, block (簡訊 TW, 短訊 HK).
退訂
回覆退訂
TD
取消訂閱
取消簡訊
取消短訊
取消通知
取消提醒
停止通知
停止提醒
不要提醒
不需要提醒
停止
停止發送
停止傳送
停止簡訊
停止短訊
不要再傳
不要再發
不要再傳了
不要再發了
不要傳簡訊
不要發簡訊
不要再傳簡訊
別再傳
別再發
別傳了
別發了
不用再傳
不用再發
不想再收到
不想收到
不要再收到
不再接收
拒收
拒絕接收
封鎖
拉黑
騷擾
垃圾簡訊
垃圾短訊
別打擾
不要打擾
不要聯絡我
不要再聯絡
別再聯絡
刪除我的號碼
刪除我嘅號碼
移除我的號碼
退出
唔好再send
唔好send
唔好再發
唔好再傳
唔好再sms
唔好再send嚟
唔好再send俾我
唔好再通知
唔使再send
唔使再發
唔使再通知
唔使再提醒
唔想再收
唔想收到
唔要再收
唔好再搵我
唔好煩我
唔好再煩
唔好再騷擾
停止send
stop晒
# Added for coverage: TD as patients type it, the misspelling 退定, Taiwan 請勿/推播 forms, Hong
# Kong English-mixed forms, and more ways to say "don't send / remind / notify me any more".
回TD
回覆TD
退定
請勿再傳
請勿再發
請勿傳送
請勿發送
勿再傳
不要再傳送
不要再發送
別再傳送
不需要再傳
別傳簡訊
別發簡訊
不要傳訊息
不要發訊息
別傳訊息
不要再提醒
別再提醒
不用再提醒
不需要再提醒
不要再通知
別再通知
不用再通知
不需要再通知
不用通知我了
不需要這些簡訊
不需要簡訊
不要這些簡訊
不想收簡訊
不想收短訊
不想再收簡訊
不收簡訊
不再收簡訊
不接收簡訊
不接收訊息
拒絕簡訊
關閉提醒
關閉通知
關閉簡訊
關掉提醒
關掉通知
關掉簡訊
取消推播
不要推播
不要再打擾
別再打擾
別煩我
不要煩我
唔好再whatsapp
唔好再msg
唔好再message
唔好再text
唔好再短訊
唔好send嘢
唔好再提醒
唔好再聯絡
唔使通知
唔使提醒
唔使send
唔使再傳
唔要send
唔要再send
唔需要再send
唔需要再收
唔想收
唔再收
停send
停晒短訊
# "Take my number off your list" (將我個號碼刪除, delete咗我個number).
我個號碼刪
我嘅號碼刪
我的號碼刪
我號碼刪
我個number刪
刪除我個號碼
刪咗我個號碼
刪除我個number
刪咗我個number
delete我個號碼
delete我個number
delete我嘅號碼
delete咗我個號碼
delete咗我個number
remove我個號碼
remove我個number
剔除我
將我剔除
從名單中刪
從名單刪除
從名單裡刪
從名單移除
從名單中移除
喺名單度刪
由名單刪除
喺名單剔除
移出名單
把我移除
把我刪除
將我移除
將我刪除
# "Unsubscribed already, why are you still sending?": a complaint that means stop. It also
# keeps "之前退訂咗，點解仲send" an opt-out although 之前退訂 is an [opt_in] entry.
點解仲send
點解仲發
點解仲收到
點解仲有短訊
仲send嚟
仲send俾我
為什麼還傳
為什麼還在傳
怎麼還傳
怎麼還在傳
為什麼還發
怎麼還發
為什麼還收到
怎麼還收到
# Added: 'cancel receiving texts' (取消收短訊, which otherwise reads as a cancellation), and more 'don't message me'.
取消收短訊
取消收簡訊
取消收訊息
取消收信息
取消接收
唔好再send訊息
唔好再發訊息
唔好再傳訊息
唔好再send短訊
唔好再發信息
唔好再WhatsApp
唔好再打嚟
唔好再搵
不要再傳訊息
不要再發訊息
不要再傳簡訊給我
請勿再傳簡訊
唔需要收短訊
唔想收短訊
唔想再收短訊
唔想再收訊息
# Added: 'I don't need this service'.
唔需要呢個服務
唔要呢個服務
唔使呢個服務
不需要這個服務
不要這個服務
取消呢個服務
取消這個服務
取消服務
退出服務
關閉服務
取消短訊服務
取消簡訊服務
# Added: Taiwan 寄 'send' forms.
不要再寄
別再寄
請勿再寄
不要寄簡訊
不要再寄簡訊
停止寄送
不用再寄
# Added: Cantonese 咪 'don't' (咪再send).
咪再send
咪再發
咪send
咪再傳
咪再煩
咪再搵
咪再sms
咪再whatsapp

[opt_in]
# "Start messaging me again": subscribe, resume, keep sending.
訂閱
重新訂閱
恢復訂閱
取消退訂
不退訂了
恢復發送
恢復傳送
恢復通知
恢復提醒
恢復簡訊
恢復短訊
恢復接收
繼續發送
繼續傳送
繼續通知
繼續提醒
繼續接收
重新接收
開啟通知
重新開啟
開返通知
開返提醒
繼續send
想再收到
# Resume after a stop: these contain 退訂/停止/stop/拒收/封鎖 and, being longer, win over the
# bare [opt_out] word at the same place ("之前按錯停止", "之前退訂咗，而家想再收").
之前退訂
以前退訂
退訂過
退訂 … 恢復
不小心退訂
唔小心退訂
唔小心 … 退訂
按錯 … 退訂
撳錯 … 退訂
誤按 … 退訂
點錯 … 退訂
按錯 … 停止
撳錯 … 停止
誤按 … 停止
點錯 … 停止
按錯 … stop
撳錯 … stop
取消拒收
解除封鎖
取消封鎖
解除拉黑
可以恢復簡訊
可以恢復短訊
可以恢復通知
可以恢復提醒
可以恢復發送
可以繼續發
可以繼續send
想繼續收
想重新收到
想繼續收到
唔小心 … stop
不小心 … stop
唔小心 … 停止
不小心 … 停止
# Added: wanting the texts again (想收返短訊, 又想收).
想收返短訊
收返短訊
又想收
想重新收
繼續收短訊
繼續收簡訊
想收簡訊
想收短訊
開返短訊
重新開始傳

[help]
# "Who is this / how does this work / I want a person".
幫助
你是誰
你們是誰
您是哪位
你是哪位
請問是哪位
這是哪裡
這是什麼號碼
什麼號碼
誰傳的
你係邊個
你哋係邊個
係邊個
邊個嚟㗎
呢個係咩號碼
咩號碼
乜嘢號碼
哪家醫院
哪間醫院
哪間診所
邊間醫院
邊間診所
怎麼回覆
如何回覆
點樣回覆
點覆
點用
怎麼用
什麼意思
咩意思
乜意思
看不懂
睇唔明
唔明
不明白
客服
真人
轉真人
人工客服
是詐騙嗎
是不是詐騙
詐騙
係咪呃人
呃人
騙子
你係邊位
請問邊位
# Added: 'who is this' forms.
這是誰
是誰
你哪位
誰啊
# Added: 'what organisation is this'.
乜嘢機構
咩機構
什麼機構
哪個機構
邊個機構
乜嘢公司
咩公司
你哋做咩㗎
你哋係做咩
你們是做什麼的
呢度係邊
# Added: 'what is this message'.
係咩嚟
咩嚟㗎
呢啲係咩
咩短訊
乜嘢短訊
這是什麼簡訊
什麼簡訊
這是什麼訊息

[other]
# Anything a person should read: wrong number, logistics, results, questions. Question
# forms (是否, 能否, 可唔可以, 得唔得, 可不可以) are listed so that their 否/唔得/不可以
# read as part of a question, not as a refusal.
打錯
發錯
傳錯
send錯
搵錯人
找錯人
不是我
唔係我
唔係本人
不是本人
停車
泊車
車位
地址
在哪裡
喺邊
喺邊度
點去
怎麼去
幾點
幾時
收費
幾錢
多少錢
費用
保險
報告
檢查結果
化驗結果
驗血報告
結果出咗
拎藥
攞藥
領藥
續藥
處方
翻譯
請問
想問
問下
是否
能否
可否
與否
否則
可唔可以
得唔得
好唔好
去唔去
嚟唔嚟
使唔使
會唔會
係唔係
係咪
可不可以
行不行
能不能
去不去
來不來
要不要
是不是
不確定
唔肯定
唔知
不知道
遲咗覆
遲覆
遲咗回覆
能不能去
能不能來
能不能到
可不可以去
可不可以來
會不會來
會不會去
參不參加
方不方便
方唔方便
會唔會嚟
會唔會去
嚟唔嚟得
去唔去得
得唔得閒
# "Accidentally" (唔小心跌親, 唔覺意撞到頭): listed so that its 唔/不 does not negate the
# fall or the head injury that follows it.
唔小心
唔覺意
不小心
# Stopping a medicine or a treatment (停止 is a bare [opt_out] entry): a question for a
# person, not "stop messaging me". Also "received the cancellation notice" and "don't send
# to the wrong person again", which contain 取消通知 and 唔好再send/不要再發.
停止食藥
停止服藥
停止吃藥
停止用藥
停止服用
停止食
停止吃
停止咗食
停止使用
停止治療
停止打針
停止注射
停止化療
停止洗腎
停止營業
停止掛號
停止應診
收到取消通知
取消通知收到
唔好再send錯
唔好再發錯
不要再傳錯
別再傳錯
不要再發錯
# Added: the question forms 有冇/有沒有 (and Simplified 有没有), so their 冇/沒有 does not negate what is asked for (有冇其他時間).
有冇
有沒有
有没有
有無
# Added: questions whose 可以/冇問題 is part of a question (邊度可以泊車, 有冇問題), not a confirmation.
邊度可以
喺邊度可以
去邊度可以
哪裡可以
在哪裡可以
可以喺邊
有冇問題
有沒有問題
有無問題
有問題嗎
有冇事
# Added: 'can I eat / drink / pick it up' questions, whose 可以 is not a confirmation.
什麼時候可以
幾時可以
可以食
可以飲
可以沖涼
可以洗澡
可以攞
可以拿
可以取
可以揸車
可以開車
可以做運動
可以運動
可以用
可以停
# Added: refill questions whose 可以 is not a confirmation.
可以續
可以再開
可以開藥
可唔可以開
可以再攞
# Added: 'emergency contact' and other question forms whose 緊急/可以 is not an alarm or a confirmation.
緊急聯絡人
緊急聯繫人
可以影印
可以幫我
可以嚟你哋
可唔可以嚟你哋
可以到你們
可以在你們
可以喺你哋
# Added: changing a name, address or number (地址改成, 號碼改成) is not a reschedule request (改成 is a [reschedule] entry).
地址改成
名字改成
號碼改成
電話改成
改成我嘅
改成我的
改成新嘅
轉咗號碼
換號碼
# Added (red-flag pass): harmless phrases around the bare urgency words 急/緊急 and 想死 (miss you), written as two or more words so they win by being longer.
唔急
唔使急
唔緊急
唔係好急
不是很急
別急
不用急
不用著急
別著急
不著急
不太急
不緊急
並不緊急
急症室喺邊
急症室喺邊度
急症室點去
急症室在哪
急症室幾點
急症室 … 帳單
急症 … 收費
急診在哪
急診在哪裡
急診怎麼走
急診的帳單
急診帳單
急診費
急診室的帳單
這是緊急電話嗎
是緊急電話嗎
係咪緊急電話
有急事
臨時有急事
想死你
想死我了
抽了很多血
抽咗好多血
# Added (red-flag pass): an A&E visit that is over, and 'urgently need a refill' (急需 … 藥), which are not alarms.
急症室睇完
急症醫生話
急診看完
急診醫生說
急需 … 藥

[ack]
# Neutral acknowledgements: confirm when the message asked something, other when it did not.
好的
好啊
好呀
好吖
好喔
好唷
好滴
好der
好嘅
好啦
好吧
好咧
好嘞
嗯
嗯嗯
恩恩
收到
已收到
收到了
收到喇
知道了
知道喇
知喇
明白
明白了
明白晒
了解了
已了解
沒事
冇事
OK喇
ok啦
ok呀
ok喔
okok
得喇
👍
👌
🆗
🙆
hou a
hou ah
瞭解了
已瞭解
# Added: English ok inside Chinese replies ("ok 我會準時"): entries count for the language a reply is detected in, so ok is listed here too.
ok
okay

[thanks]
# Thanks and blessings: other, or confirm when the message asked for a confirmation.
謝謝
謝謝你
謝謝您
謝謝你們
謝謝醫生
謝謝醫師
謝謝護士
謝了
謝啦
多謝
多謝晒
多謝你
多謝醫生
唔該
唔該晒
唔該你
感謝
非常感謝
感恩
辛苦了
辛苦晒
辛苦你
辛苦你哋
麻煩了
麻煩晒
麻煩你了
🙏
🌹
❤️
m goi
mgoi
m goi sai
do ze
doze
do je
dojeh
xie xie
xiexie

[negation]
# A negation word and how many words after it it negates (scope ends at punctuation).
# 別 is left out on purpose: it sits inside 特別 (特別痛 "very painful").
不 = 1
沒 = 1
沒有 = 2
唔 = 1
冇 = 1
無 = 1
未 = 1
不會 = 1
不能 = 1
不用 = 1
不要 = 1
不想 = 1
不再 = 1
沒法 = 1
無法 = 1
唔會 = 1
唔使 = 1
唔好 = 1
唔想 = 1
並不 = 1
並沒有 = 2
從來沒有 = 2
從來冇 = 1
# Added: the Simplified cues, because the zh-Hans entries also match Traditional text (胸痛 is the same in both) and a cue only negates entries of its own file.
没 = 1
没有 = 2
并没有 = 2

[reaction]
# How Traditional-Chinese phones (Taiwan, Hong Kong) report a like, love, emphasis or laugh as text: confirm.
喜歡
已喜歡
喜愛
已喜愛
愛心
按讚
已按讚
讚好
讚了
已點讚
強調
已強調
強調了
大笑
已大笑
笑了

[reaction-other]
# The other tapbacks (dislike, question): other.
不喜歡
已不喜歡
倒讚
已倒讚
質疑
已質疑
質疑了

[words]
# Very common words and particles, used only to tell which language a reply is in.
# Traditional forms (這 說 沒 會 來 時 們 謝 醫 …) tell the scripts apart; 係 唔 咗 嘅 啲 冇 喺
# mark Cantonese.
的 了 是 我 你 您 他 她 們 我們 你們 這 那 這個 那個 這裡 這裏 那裡
說 沒 沒有 會 來 去 時 時間 時候 謝謝 醫生 醫師 醫院 診所 護士 預約 掛號
個 麼 什麼 怎麼 為什麼 嗎 吧 呢 啊 呀 喔 唷 欸 囉 嗯 啦
還 過 對 後 以後 見 問 題 問題 請 請問 號 點 鐘 門診 約 確認 遲到
發 給 讓 樣 這樣 藥 頭 車 電話 現在 幾 開 關 聽 覺得 應該 誰 裡 簡訊 訊息 短訊
係 唔 咗 嘅 啲 冇 喺 嚟 咁 佢 佢哋 我哋 你哋 乜 嘢 咩 睇 俾 畀 㗎 喇 嗰 呢度 邊度 點解 幾時
聽日 今日 琴日 後日 唔該 多謝 而家 宜家 攞 搵 諗 瞓 食 返 屋企 醫生紙

[shorthand]
# SMS shorthand expanded before matching (Bopomofo and Hong Kong romanized forms).
3q = 謝謝
m該 = 唔該
mgoi = 唔該
d = 啲
o既 = 嘅
ㄉ = 的
ㄇ = 嗎

[minutes]
# Units after a number of minutes ("遲10分鐘").
分鐘
分
分鍾

[hours]
# Units after a number of hours ("遲1個鐘", "晚1小時").
小時
個小時
鐘頭
個鐘頭
個鐘
粒鐘

[durations]
# Spelled-out durations, in minutes (Cantonese 一個字 = five minutes).
幾分鐘 = 5
五分鐘 = 5
十分鐘 = 10
十五分鐘 = 15
廿分鐘 = 20
二十分鐘 = 20
廿五分鐘 = 25
一刻鐘 = 15
一個字 = 5
兩個字 = 10
三個字 = 15
四個字 = 20
五個字 = 25
六個字 = 30
半小時 = 30
半個小時 = 30
半個鐘 = 30
半個鐘頭 = 30
半粒鐘 = 30
一小時 = 60
一個小時 = 60
一個鐘 = 60
一粒鐘 = 60
一個鐘頭 = 60
個半鐘 = 90
一個半鐘 = 90
一個半小時 = 90
兩小時 = 120
兩個小時 = 120
兩個鐘 = 120

[when]
# Day and time words for reschedule requests (full weekday names also come from ICU).
# Words written the same in both scripts (今天, 明天, 下午, 星期一 …) are listed only in
# zh-Hans.lex, whose entries match Traditional text too: listed in both files, one
# "明天" counted as two day mentions and turned "明天去不了" into a reschedule.
# Only the Traditional and Cantonese forms are here.
聽日 = +1d
聽朝 = +1d
聽晚 = +1d
後天 = +2d
後日 = +2d
大後天 = +3d
大後日 = +3d
下週 = +1w
下個星期 = +1w
下禮拜 = +1w
下個禮拜 = +1w
下下個禮拜 = +2w
朝早 = morning
下晝 = afternoon
晏晝 = afternoon
夜晚 = evening
之後 = after
以後 = after
週一 = weekday:1
週二 = weekday:2
週三 = weekday:3
週四 = weekday:4
週五 = weekday:5
週六 = weekday:6
週日 = weekday:7
禮拜一 = weekday:1
禮拜二 = weekday:2
禮拜三 = weekday:3
禮拜四 = weekday:4
禮拜五 = weekday:5
禮拜六 = weekday:6
禮拜日 = weekday:7
禮拜天 = weekday:7
拜一 = weekday:1
拜二 = weekday:2
拜三 = weekday:3
拜四 = weekday:4
拜五 = weekday:5
拜六 = weekday:6

[option-words]
# Words that introduce an option number ("回覆1", "選項2", "揀3").
選項
選擇
回覆
回復
選
揀

# --- 其他說法的危險信號 (2026-12-03): 胸口一直悶；一側手腳突然麻掉、舉不起來。
[urgent]
胸口一直悶
胸口悶悶
突然麻掉
手舉不起來
[urgent-combinations]
右手右腳 + 麻
左手左腳 + 麻
右手右腳 + 無力
左手左腳 + 無力
出生 + {temperature}

# 2026-12-03 (session 5): 心情差、唔開心、壓力大、瞓唔著（症狀）；好返、好多了（其他，由 [symptom] 移來）；
# 帳單、收據、保險、健保；泊車、點去、開門時間；「你哋係邊個」「呢個係邊個嘅號碼」及粵拼 bin wai；
# 改期、第日先約、改另一天及粵拼 gai kei / goi kei；遲半個鐘、遲兩個字、塞車；「唔好在send」「不要在傳」
# （在/再 錯字）；粵拼危險信號（sam hau tung、tau m dou hei、lau ho do hyut）；「不了」「唔駛喇」「唔洗喇」；
# 公司或屋企有緊急情況（只解釋取消或改期，不是醫療急症）。
[symptom]
# Low mood, stress, poor sleep, no energy in Hong Kong Cantonese and Taiwan Mandarin (self-harm stays [urgent]).
唔開心
心情好差
心情很差
好down
好 down
down到
好灰
好悶
好鬱悶
鬱悶
鬱鬱不樂
悶悶不樂
好emo
傷心
難過
冇心機
提唔起勁
提唔起精神
提不起勁
提不起精神
冇動力
沒動力
冇精神
沒精神
精神不好
精神好差
唔似自己
唔係自己
唔在狀態
唔喺狀態
狀態唔好
狀態好差
不像自己
壓力好大
好大壓力
壓力很大
壓力太大
我好緊張
我很緊張
心緒不寧
心神不定
坐立不安
瞓唔好
瞓唔落
成晚醒
半夜醒
扎醒
入睡困難
淺眠
鬱卒
心累
不開心
低潮
情緒低潮
情緒崩潰
很累
# "Don't let the fever come back" written with 在 for 再 (唔好在/不要在 is an [opt_out] slip below).
唔好在發燒
不要在發燒
別在發燒
# Can't move (its 不了 is not "declining": see [cancel]).
動不了
[other]
# Feeling better (moved here from [symptom]): an improvement, not a complaint.
好返好多
好返啲
好返晒
好咗好多
好咗啲
好多了
好一點了
好點了
好轉了
冇咁痛
冇咁辛苦
沒那麼痛
舒服咗
舒服多了
恢復得好好
已經好返
好返
已經好咗
好晒
冇事喇
冇事了
冇嘢喇
康復
痊癒
已經好了
病好了
全好了
好七七八八
差唔多好返
# 'Tired to death' said in passing (攰到死, 累死了): a figure of speech, not a complaint.
攰到死
攰死
累死了
累得要死
# Bills, receipts, charges, insurance (收到 … 帳單 is longer than the [ack] 收到).
帳單
賬單
張單
收到張單
收到 … 帳單
收到 … 賬單
收到 … 單據
收到 … 收據
收到 … 發票
收到 … 繳費
單據
收據
發票
點解收我
點解扣
扣咗
扣錢
扣款
多收
收多咗
收錯錢
要俾幾多
要畀幾多
幾多錢
俾錢
畀錢
付款
付費
繳費
交費
自付
自費
保險包
保險賠
保險公司
醫保
健保
給付
掛號費
部分負擔
退款
退費
醫療券
藥費
診金
價錢
價格
碌卡
刷卡
copay
# Parking, directions, floor and opening hours.
泊邊
泊喺邊
喺邊度泊
有冇得泊
停車場
停車費
泊車費
點樣去
點行
怎麼走
怎麼到
點搵
邊座
幾樓
入口
邊個門口
幾點開
幾點關
幾點閂門
閂門
開門
關門
營業時間
開放時間
門診時間
診所時間
開唔開
有冇開
公眾假期
地圖
導航
港鐵站
捷運站
巴士站
公車站
在哪
位置
# 不過 'but' is not a negation: listed so that its 不 does not negate the red flag after it
# ("會遲到，不過胸口一直悶"); 不過敏 'not allergic' stays negated by being longer.
不過
不過敏
# 不了 compounds that are not "no thanks" (不了 is a [cancel] entry; 受不了, 忘不了 … are in zh-Hans.lex).
錯不了
幫不了
# Work and family emergencies that only explain a cancellation or a new time (a medical
# emergency in the same reply reads as urgent through its own words: 暈低, 心口痛).
急事
屋企有緊急情況
屋企緊急情況
家裡有緊急情況
家裡緊急情況
家裏有緊急情況
公司有緊急情況
返工有緊急情況
工作上有緊急情況
臨時有緊急情況
公司緊急
工作緊急
緊急會議
有緊急會議
緊急出差
有緊急工作
緊急工作
緊急加班
[help]
# Who is this, whose number, what are these messages, how does it work.
你們是哪裡
你們是哪
你是哪裡
請問哪裡
哪裡找
哪個單位
什麼單位
什麼服務
咩服務
乜嘢服務
邊個嘅號碼
邊個嘅電話
誰的號碼
這支號碼
這個號碼是
唔識呢個號碼
唔識呢個number
唔識你
不認識這個號碼
不認識這支號碼
不認識你
陌生號碼
呢啲咩短訊
呢啲係咩訊息
呢啲咩嚟
這些簡訊
這些訊息
點解send嘢俾我
點解send俾我
做咩send嘢俾我
點解會收到呢
點解會收到短訊
為什麼收到這
為什麼會收到這
怎麼會收到這
為什麼收到簡訊
為什麼會收到簡訊
為什麼傳給我
點運作
點樣運作
怎麼運作
係咪自動
自動發
自動回覆
機械人
機器人
有冇真人
有冇人睇
有人睇嗎
有人看嗎
# Cantonese typed in Latin letters (邊位, 你係邊個, 咩嘢嚟㗎).
bin wai
bin wai a
bin wai ah
ching man bin wai
nei bin wai
nei hai bin wai
lei hai bin wai
nei hai bin go
lei hai bin go
nei dei hai bin go
hai bin go
bin go a
bin go ah
bin go lei ga
me ye lei ga
mat ye lei ga
mat ye hou ma
[reschedule]
# Another day (第日, 另一天), push it back, a later or earlier time, English-mixed.
改第日
第日先
第日再
另一天
改另一天
換另一天
改別天
換別天
其他日子
別的日子
另一個日子
改個日子
換個日子
推遲啲
押後啲
遲幾日
遲一個禮拜
遲兩日
下個月先
下個月再
推到下個月
推去
延到
改去下個月
改晏啲
晏啲時間
夜啲時間
改夜啲
可唔可以早啲
早啲得唔得
可以晚一點嗎
能晚一點嗎
可以早一點嗎
能早一點嗎
能不能早一點
能提前嗎
可以提前嗎
postpone
push遲
push後
改date
改個date
change date
轉date
# Cantonese typed in Latin letters (改期, 改時間, 轉期, 第二日).
gai kei
goi kei
goi kay
gai kay
goi si gaan
goi si gan
gai si gan
goi yat ji
goi yat chi
zyun kei
jyun kei
chuen kei
dai yi yat
[late]
# Half an hour or 'two characters' (10 minutes) late, traffic, no bus or taxi, overslept.
遲半個鐘
遲半粒鐘
遲一個鐘
遲個半鐘
遲一個字
遲兩個字
遲三個字
遲幾個字
遲個字
遲一兩個字
遲一陣
晏少少
晏啲到
會晏
晏咗
晚少少
塞到爆
好塞
塞緊
隧道塞
等緊巴士
等緊車
等緊小巴
搭唔到車
截唔到的士
截唔到車
叫唔到車
叫唔到的士
車壞咗
壞車
錯過咗班車
走咗班車
喺路上但
在路上但
出緊嚟
上緊嚟
行緊過嚟
瞓過龍
瞓過頭
睡過頭
晚個
在塞車
塞在路上
塞爆
沒趕上公車
沒趕上捷運
錯過公車
[opt_out]
# 在 written for 再 (唔好在send, 不要在傳), don't disturb me, take me off the list.
唔好在send
唔好在發
唔好在傳
唔好在sms
唔好在whatsapp
唔好在打擾
唔好在搵我
唔使在send
唔使在發
不要在傳
不要在發
別在傳
別在發
不要在打擾
別在打擾
不要在寄
別在寄
不用在傳
不用在發
不要在通知
不要在提醒
唔好再打擾
唔好打擾
唔好聯絡我
唔使再聯絡
唔要再發
從名單上移除
從名單上刪除
從名單上刪
由名單上剔除
喺名單上刪
退出名單
[urgent]
# Bleeding that won't stop, chest tight (心口好悶), stroke signs, life too tiring to go on.
血流個不停
流血流個不停
血流個唔停
血停唔到
停唔到血
心口 … 悶
手腳唔聽使
手腳不聽使喚
說話不利索
做人好攰
活著好累
活著太累
活得好累
不如去死
# Cantonese red flags typed in Latin letters (Jyutping and everyday spellings).
sam hau tung
sum hau tung
sam hau … tung
sum hau … tung
hung hau tung
hung hau … tung
sam hau ngai
sum hau ngai
sam hau … ngai
sum hau … ngai
sam hau gan
sum hau gan
sam jong beng faat
sum jong beng fat
tau m dou hei
tau m do hei
tau mm dou hei
tau m chit hei
tau m gwo hei
nan tau hei
fu kap kwan naan
fu kap m dou
hei chuk
lau ho do hyut
lau hou do hyut
lau ho do huet
lau hou do huet
chut ho do hyut
chut ho do huet
ji m dou hyut
zi m dou hyut
ji m dou huet
chi m dou huet
hyut ji m dou
hyut zi m dou
huet ji m dou
huet chi m do
hyut lau m ting
huet lau m ting
lau hyut m ting
lau huet m ting
daai chut hyut
wan dai
wan jo
wan zo
wan jor
jung fung
zung fung
chung fung
bun bin san mo lik
bun bin san ma
jui wai
zeoi wai
kong m dou ye
gong m dou je
seung sei
ho seung sei
hou seung sei
seung ji saat
ji saat
zi saat
m seung wut
m seung sang chyun
m seung sang chuen
m seung zou jan
m seung jo yan
tiu lau
gau ming
baak che
giu baak che
gau wu che
faat yeung diu
[cancel]
# Declining (不了, 不必了), "no need" with the common slips 駛/洗 for 使, not coming over.
不了
不必了
不麻煩了
不用啦
不需要啦
不要啦
唔使啦
唔使嘞
唔駛喇
唔駛了
唔駛啦
唔駛嘞
唔洗喇
唔洗啦
唔洗了
唔要喇
唔去啦
唔嚟啦
唔過嚟喇
唔過嚟了
不過來了
過不來了

# 2026-12-03 (session 6): 危險信號的口語、第三人稱和粵拼說法：大肚/懷孕時肚痛或腰痛痛到頂唔順、宮縮太早；
# 食咗成樽/成排藥、細路誤食或當糖食、飲咗漂白水/清潔劑；屋企人暈低、叫極都唔醒、冇反應；血標出嚟、
# 紗布濕晒、成身都係血、手術後/產後出血止唔到；心口好似有舊大石壓住、心口好谷、心口痛兼出冷汗/左膊/下巴；
# 輕生的說法（燒炭、割脈、尋短見、唔想再捱）及粵拼；[alone] 單獨回覆「夠了」「停手」即退訂，以及更多
# 「唔好再send」的說法（粵拼 m ho joi send、日日send、由名單剔除）。
[urgent]
# Contractions too early, threatened preterm labour.
宮縮頻密
宮縮好密
頻密宮縮
宮縮頻繁
頻繁宮縮
規律宮縮
宮縮好痛
宮縮很痛
先兆早產
要早產
可能早產
早產跡象
早產嘅跡象
# Overdose: a whole bottle or strip, a fistful, dozens of pills at once (first or third person; 食晒 = ate them all).
成樽 … 吞晒
成樽 … 吞下去
成樽 … 一次過食
成樽 … 一口氣食
成樽 … 一口氣吃
成排 … 吞晒
成排 … 吞下去
成排 … 一次過食
成排 … 一口氣食
成排 … 一口氣吃
成盒 … 吞晒
成盒 … 吞下去
成盒 … 一次過食
成盒 … 一口氣食
成盒 … 一口氣吃
整瓶 … 吞晒
整瓶 … 吞下去
整瓶 … 一次過食
整瓶 … 一口氣食
整瓶 … 一口氣吃
一揸 … 吞晒
一揸 … 吞下去
一揸 … 一次過食
一揸 … 一口氣食
一揸 … 一口氣吃
一大把 … 吞晒
一大把 … 吞下去
一大把 … 一次過食
一大把 … 一口氣食
一大把 … 一口氣吃
食咗十幾粒
食咗幾十粒
食咗廿幾粒
食咗二十幾粒
食咗十幾顆
食咗幾十顆
食咗十幾片
食咗幾十片
吞咗十幾粒
吞咗幾十粒
吞咗廿幾粒
吞咗二十幾粒
吞咗十幾顆
吞咗幾十顆
吞咗十幾片
吞咗幾十片
吃了十幾粒
吃了幾十粒
吃了廿幾粒
吃了二十幾粒
吃了十幾顆
吃了幾十顆
吃了十幾片
吃了幾十片
吞了十幾粒
吞了幾十粒
吞了廿幾粒
吞了二十幾粒
吞了十幾顆
吞了幾十顆
吞了十幾片
吞了幾十片
食晒成樽
食晒成排
食晒成盒
吞晒成樽
吞晒成排
食晒一揸
食咗成板
吃了一整盒
吃了一把藥
吞了一把藥
食晒啲安眠藥
食晒所有安眠藥
# A child who got into medicine: by mistake, as if it were sweets, an adult's or grandparent's pills, a button battery.
誤食
誤吞
誤吃 … 藥
誤服 … 藥
食咗嫲嫲 … 藥
食咗婆婆 … 藥
食咗公公 … 藥
食咗爺爺 … 藥
食咗大人 … 藥
吃了大人的 … 藥
吃了奶奶的 … 藥
吃了爺爺的 … 藥
吃了外婆的 … 藥
當糖食
當糖咁食
當係糖
以為係糖
當成糖果
當糖果吃
當糖吃
吞咗粒電池
吞咗電池
吞了電池
吞咗磁石
吞咗粒磁石
# Poisons that are swallowed only by accident or on purpose.
老鼠藥
鼠藥
百草枯
飲咗農藥
飲農藥
喝了農藥
喝農藥
食咗老鼠藥
吃了老鼠藥
# Passed out, will not wake or respond (a relative).
叫極都唔應
點叫都唔醒
點叫都唔應
搖極都唔醒
拍極都唔醒
都唔醒
都不醒
搖不醒
拍不醒
叫都不醒
昏睡不醒
昏睡唔醒
唔醒人事
冇晒知覺
瞓咗喺地下唔郁
跌咗落地起唔到身
倒在地上起不來
倒 … 一動不動
躺 … 一動不動
瞓 … 一動不動
暈 … 一動不動
沒有意識了
人事不知
giu m seng
giu keoi m seng
giu kui m seng
giu gik m seng
dim giu dou m seng
mou faan jing
mou faan ying
mo fan ying
mou fan ying
m seng yan si
wan jo gwo heoi
wan dai jo
# Heavy bleeding in plain words: spurting (標), pouring, soaked through, blood everywhere.
血狂流
狂流血
血標出嚟
血標晒出嚟
標血
血不停咁流
血一路流
一路流血
一路出血
流血流唔停
出血出唔停
周圍都係血
一身都係血
成手都係血
成塊面都係血
全身都係血
到處都係血
到處都是血
滿身是血
滿地是血
毛巾濕晒 … 血
紗布濕晒
紗布濕透
紗布 … 濕晒
繃帶 … 濕晒
繃帶 … 濕透
血浸透
被血浸透
俾血浸透
被血染紅
血染紅
壓住都止唔到
㩒住都止唔到
㩒住都仲流
壓住都仲流
按住還在流
按著還在流血
止唔到個血
lau hyut lau m ting
yat jik lau hyut
jat zik lau hyut
hyut biu
biu hyut
hyut lau bat ting
sing san hai hyut
chut hyut chut m ting
# Chest pressure pictured (a big rock, an elephant, bound tight, 心口好谷) also in Cantonese romanization.
心口好谷
心口谷
胸口好谷
谷住心口
心口好重
胸口好重
胸口很重
胸口沉重
心口沉重
胸口好沉
胸口很沉
心口 … 箍住
胸口 … 箍住
心口 … 綁住
胸口 … 綁住
心口 … 勒住
胸口 … 勒住
心口 … 捏住
心臟 … 捏住
心口好似有嘢壓
胸口好像有東西壓
胸口像被壓
胸口 … 大象
心口 … 大笨象
胸口 … 大笨象
sam hau hou chung
sum hau ho chung
sam hau ap jyu
sam hau aat jyu
sam hau jaat jyu
sam hau guk
sam hau hou guk
sum hau ho guk
sam hau … chung
# Suicidal thoughts: methods, Taiwan and Hong Kong wordings, Cantonese romanization.
燒炭
想燒炭
割脈
想割脈
自盡
尋短見
尋短
活膩了
想結束一切
結束一切吧
唔想再捱
唔想再捱落去
冇我 … 好啲
冇我 … 更好
想了結
跳海
跳橋
天台 … 跳
生不如死
活著好痛苦
活著太痛苦
想死咗去
想瞓低唔再醒
唔想再醒返
seung sei jo keoi
sei jo keoi suen
sei jo hou gwo
m seung zoi wut
wut m lok heoi
wut m lok hui
wood m lok hui
saang cyun m lok heoi
m seung zoi saang cyun
git suk sang ming
kit chuk sang ming
zi caan
ji chaan
siu taan
seung siu taan
seung tiu lau
m seung zoi ngaai
zou jan mou yi si
jo yan mo yi si
saang bat jyu sei
m seung zou yan
[urgent-combinations]
# --- severe or constant pain in pregnancy (孕 matches 懷孕, 孕婦, 孕期; 大肚 / 有咗BB / 懷住 = expecting; 痛得/痛到 = pain 'so bad that …')
孕 + 痛得
孕 + 痛到
孕 + 疼得
孕 + 疼到
孕 + 好痛
孕 + 很痛
孕 + 非常痛
孕 + 特別痛
孕 + 痛死
孕 + 一直痛
孕 + 一直都痛
孕 + 痛個不停
孕 + 痛個唔停
孕 + 痛唔停
孕 + 持續痛
孕 + 絞痛
孕 + 越嚟越痛
孕 + 越來越痛
孕 + 肚好硬
孕 + 肚子很硬
大肚 + 痛得
大肚 + 痛到
大肚 + 疼得
大肚 + 疼到
大肚 + 好痛
大肚 + 很痛
大肚 + 非常痛
大肚 + 特別痛
大肚 + 痛死
大肚 + 一直痛
大肚 + 一直都痛
大肚 + 痛個不停
大肚 + 痛個唔停
大肚 + 痛唔停
大肚 + 持續痛
大肚 + 絞痛
大肚 + 越嚟越痛
大肚 + 越來越痛
大肚 + 肚好硬
大肚 + 肚子很硬
有咗BB + 痛得
有咗BB + 痛到
有咗BB + 疼得
有咗BB + 疼到
有咗BB + 好痛
有咗BB + 很痛
有咗BB + 非常痛
有咗BB + 特別痛
有咗BB + 痛死
有咗BB + 一直痛
有咗BB + 一直都痛
有咗BB + 痛個不停
有咗BB + 痛個唔停
有咗BB + 痛唔停
有咗BB + 持續痛
有咗BB + 絞痛
有咗BB + 越嚟越痛
有咗BB + 越來越痛
有咗BB + 肚好硬
有咗BB + 肚子很硬
懷住 + 痛得
懷住 + 痛到
懷住 + 疼得
懷住 + 疼到
懷住 + 好痛
懷住 + 很痛
懷住 + 非常痛
懷住 + 特別痛
懷住 + 痛死
懷住 + 一直痛
懷住 + 一直都痛
懷住 + 痛個不停
懷住 + 痛個唔停
懷住 + 痛唔停
懷住 + 持續痛
懷住 + 絞痛
懷住 + 越嚟越痛
懷住 + 越來越痛
懷住 + 肚好硬
懷住 + 肚子很硬
daai tou + hou tung
daai tou + ho tung
daai tou + tung dou
daai tou + tung dak
daai tou + yat jik tung
daai tou + jat zik tung
waai jan + hou tung
waai jan + ho tung
waai jan + tung dou
waai jan + tung dak
waai jan + yat jik tung
waai jan + jat zik tung
wai yan + hou tung
wai yan + ho tung
wai yan + tung dou
wai yan + tung dak
wai yan + yat jik tung
wai yan + jat zik tung
# --- contractions or labour starting weeks too early (先得32週就作動)
宮縮 + 週
宮縮 + 個月
宮縮 + 早產
宮縮 + 禮拜
陣痛 + 週
陣痛 + 個月
陣痛 + 早產
陣痛 + 禮拜
作動 + 週
作動 + 個月
作動 + 早產
作動 + 禮拜
# --- a child who got into medicine (個仔食咗我啲藥, 細路偷食藥)
個仔 + 食咗我 … 藥
個仔 + 吃了我的 … 藥
個仔 + 打開咗藥樽
個仔 + 打開了藥瓶
個仔 + 偷食 … 藥
個仔 + 偷吃 … 藥
個女 + 食咗我 … 藥
個女 + 吃了我的 … 藥
個女 + 打開咗藥樽
個女 + 打開了藥瓶
個女 + 偷食 … 藥
個女 + 偷吃 … 藥
細路 + 食咗我 … 藥
細路 + 吃了我的 … 藥
細路 + 打開咗藥樽
細路 + 打開了藥瓶
細路 + 偷食 … 藥
細路 + 偷吃 … 藥
小朋友 + 食咗我 … 藥
小朋友 + 吃了我的 … 藥
小朋友 + 打開咗藥樽
小朋友 + 打開了藥瓶
小朋友 + 偷食 … 藥
小朋友 + 偷吃 … 藥
BB + 食咗我 … 藥
BB + 吃了我的 … 藥
BB + 打開咗藥樽
BB + 打開了藥瓶
BB + 偷食 … 藥
BB + 偷吃 … 藥
孫 + 食咗我 … 藥
孫 + 吃了我的 … 藥
孫 + 打開咗藥樽
孫 + 打開了藥瓶
孫 + 偷食 … 藥
孫 + 偷吃 … 藥
孩子 + 食咗我 … 藥
孩子 + 吃了我的 … 藥
孩子 + 打開咗藥樽
孩子 + 打開了藥瓶
孩子 + 偷食 … 藥
孩子 + 偷吃 … 藥
小孩 + 食咗我 … 藥
小孩 + 吃了我的 … 藥
小孩 + 打開咗藥樽
小孩 + 打開了藥瓶
小孩 + 偷食 … 藥
小孩 + 偷吃 … 藥
兒子 + 食咗我 … 藥
兒子 + 吃了我的 … 藥
兒子 + 打開咗藥樽
兒子 + 打開了藥瓶
兒子 + 偷食 … 藥
兒子 + 偷吃 … 藥
女兒 + 食咗我 … 藥
女兒 + 吃了我的 … 藥
女兒 + 打開咗藥樽
女兒 + 打開了藥瓶
女兒 + 偷食 … 藥
女兒 + 偷吃 … 藥
寶寶 + 食咗我 … 藥
寶寶 + 吃了我的 … 藥
寶寶 + 打開咗藥樽
寶寶 + 打開了藥瓶
寶寶 + 偷食 … 藥
寶寶 + 偷吃 … 藥
# --- bleach, cleaners, insecticide spray, kerosene (火水) swallowed or drunk (飲 = drink)
飲咗 + 漂白水
飲咗 + 清潔劑
飲咗 + 消毒液
飲咗 + 消毒藥水
飲咗 + 潔廁
飲咗 + 洗潔精
飲咗 + 洗衣液
飲咗 + 洗衣珠
飲咗 + 殺蟲水
飲咗 + 火水
食咗 + 漂白水
食咗 + 清潔劑
食咗 + 消毒液
食咗 + 消毒藥水
食咗 + 潔廁
食咗 + 洗潔精
食咗 + 洗衣液
食咗 + 洗衣珠
食咗 + 殺蟲水
食咗 + 火水
吞咗 + 漂白水
吞咗 + 清潔劑
吞咗 + 消毒液
吞咗 + 消毒藥水
吞咗 + 潔廁
吞咗 + 洗潔精
吞咗 + 洗衣液
吞咗 + 洗衣珠
吞咗 + 殺蟲水
吞咗 + 火水
喝了 + 漂白水
喝了 + 清潔劑
喝了 + 消毒液
喝了 + 消毒藥水
喝了 + 潔廁
喝了 + 洗潔精
喝了 + 洗衣液
喝了 + 洗衣珠
喝了 + 殺蟲水
喝了 + 火水
吃了 + 漂白水
吃了 + 清潔劑
吃了 + 消毒液
吃了 + 消毒藥水
吃了 + 潔廁
吃了 + 洗潔精
吃了 + 洗衣液
吃了 + 洗衣珠
吃了 + 殺蟲水
吃了 + 火水
誤飲 + 漂白水
誤飲 + 清潔劑
誤飲 + 消毒液
誤飲 + 消毒藥水
誤飲 + 潔廁
誤飲 + 洗潔精
誤飲 + 洗衣液
誤飲 + 洗衣珠
誤飲 + 殺蟲水
誤飲 + 火水
# --- chest pain or pressure with a cold sweat, the left shoulder or arm, the jaw
心口 + 冷汗
心口 + 標汗
心口 + 左膊痛
心口 + 左邊膊頭痛
心口 + 左肩痛
心口 + 手臂麻
心口 + 手痹
心口 + 左手麻
心口 + 牙骹
心口 + 下巴
胸 + 冷汗
胸 + 標汗
胸 + 左膊痛
胸 + 左邊膊頭痛
胸 + 左肩痛
胸 + 手臂麻
胸 + 手痹
胸 + 左手麻
胸 + 牙骹
心臟 + 冷汗
心臟 + 標汗
心臟 + 左膊痛
心臟 + 左邊膊頭痛
心臟 + 左肩痛
心臟 + 手臂麻
心臟 + 手痹
心臟 + 左手麻
心臟 + 牙骹
心臟 + 下巴
sam hau + laang hon
sam hau + lang hon
sam hau + chut hon
sam hau + biu hon
sam hau + jo sau
sum hau + laang hon
sum hau + lang hon
sum hau + chut hon
sum hau + biu hon
sum hau + jo sau
# --- bleeding after surgery, birth or a tooth extraction that will not stop
傷口 + 止唔到
傷口 + 止不住
傷口 + 流個不停
傷口 + 流唔停
刀口 + 止唔到
刀口 + 止不住
刀口 + 流個不停
刀口 + 流唔停
手術 + 止唔到
手術 + 止不住
手術 + 流個不停
手術 + 流唔停
術後 + 止唔到
術後 + 止不住
術後 + 流個不停
術後 + 流唔停
產後 + 止唔到
產後 + 止不住
產後 + 流個不停
產後 + 流唔停
生完 + 止唔到
生完 + 止不住
生完 + 流個不停
生完 + 流唔停
剖腹 + 止唔到
剖腹 + 止不住
剖腹 + 流個不停
剖腹 + 流唔停
脫牙 + 止唔到
脫牙 + 止不住
脫牙 + 流個不停
脫牙 + 流唔停
拔牙 + 止唔到
拔牙 + 止不住
拔牙 + 流個不停
拔牙 + 流唔停
# --- a whole bottle, strip or box of one medicine (降血壓藥 + 成樽)
血壓藥 + 成樽
血壓藥 + 整瓶
血壓藥 + 一大揸
血壓藥 + 一大把
止痛藥 + 成樽
止痛藥 + 整瓶
止痛藥 + 一大揸
止痛藥 + 一大把
退燒藥 + 成樽
退燒藥 + 整瓶
退燒藥 + 一大揸
退燒藥 + 一大把
感冒藥 + 成樽
感冒藥 + 整瓶
感冒藥 + 一大揸
感冒藥 + 一大把
糖尿藥 + 成樽
糖尿藥 + 整瓶
糖尿藥 + 一大揸
糖尿藥 + 一大把
抗抑鬱藥 + 成樽
抗抑鬱藥 + 整瓶
抗抑鬱藥 + 一大揸
抗抑鬱藥 + 一大把
鐵丸 + 成樽
鐵丸 + 整瓶
鐵丸 + 一大揸
鐵丸 + 一大把
維他命 + 成樽
維他命 + 整瓶
維他命 + 一大揸
維他命 + 一大把
必理痛 + 成樽
必理痛 + 整瓶
必理痛 + 一大揸
必理痛 + 一大把
普拿疼 + 成樽
普拿疼 + 整瓶
普拿疼 + 一大揸
普拿疼 + 一大把
瞓覺藥 + 成樽
瞓覺藥 + 整瓶
瞓覺藥 + 一大揸
瞓覺藥 + 一大把
褪黑素 + 成樽
褪黑素 + 整瓶
褪黑素 + 一大揸
褪黑素 + 一大把
[opt_out]
# More ways to say 'stop sending': Cantonese romanization, 'every day you send', English send/text inside, 'take me off the list'.
m ho joi send
m hou zoi send
mm ho joi send
m ho send
m hou send
m ho joi fat
m hou zoi faat
m sai joi send
m sai send
m yiu joi send
m ho joi msg
m ho joi text
m ho joi sms
m hou zoi whatsapp
m ho joi whatsapp
m ho joi wan ngo
m ho fan ngo
m seung joi sau
m seung sau
m goi ting
tui deng
ting zi send
日日send
成日send
send極都唔停
send嚟send去
日日都send
一直傳簡訊
一直發簡訊
天天傳簡訊
一直傳訊息
不要一直傳
不要再send
別再send
不要send
別send
不要再text
別再text
不要再sms
別傳sms
唔好text我
唔好sms我
唔好msg我
由名單刪
由名單剔除
由名單度刪
由名單移除
喺名單度刪
名單度刪
名單刪除
名單上刪
從名單刪
刪咗我
由你哋嘅名單
喺你哋個名單
從你們的名單
將我由名單
唔想再收到你哋
不想再收到你們
唔好再send嘢
唔使再send嘢
[alone]
# Bare words for STOP / ENOUGH, a stop request only as the whole reply ("夠了", "停手！", "唔好再send").
夠了 = opt_out
夠喇 = opt_out
夠啦 = opt_out
停手 = opt_out
停啦 = opt_out
停喇 = opt_out
唔該停 = opt_out
唔好發 = opt_out
唔好send = opt_out
唔好再send = opt_out
m ho send = opt_out
gau la = opt_out
