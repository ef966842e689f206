# zh-Hans.lex: reply lexicon for Chinese in Simplified characters (Mandarin as
# mainland patients text it), with the pinyin replies patients type without an IME.
#
# Written for Parlance from everyday mainland SMS/WeChat usage; nothing here is copied
# from the evaluation corpora. Chinese has no spaces, so every Chinese entry matches
# anywhere in a reply: one-character entries are kept for characters that cannot hide
# inside an unrelated word (嗯, 痛, 疼, 痒, 否). Bare 好, 行, 对, 是, 不 are deliberately
# absent: they sit inside 你好, 不好意思, 好像, 银行, 对不起, 是否, 不舒服 and would
# turn questions into confirmations or cancellations.
# Negated phrases that carry the meaning (去不了, 来不了, 没问题, 喘不过气) are listed
# whole. Pinyin is added by hand (no @romanize: machine pinyin of single symptom words
# such as "tong" would collide with Vietnamese written without accents).
# Review: a native reader of Simplified Chinese can check this file alone.

@schema lexicon@1
@lang zh-Hans
@name Chinese, Simplified (简体中文)

[confirm]
# "Yes, I will come / yes to the question": attendance, agreement, see-you-then.
确认
已确认
确认了
我确认
确认预约
确认参加
确认会去
确认到场
确定会去
确定参加
确定预约
确定了
是的
是啊
是呀
是滴
对的
对啊
对呀
对滴
对对
对对对
没错
可以
可以的
可以啊
可以呀
可以可以
没问题
没有问题
没啥问题
没什么问题
会去
我会去
会来
我会来
会到
我会到
会准时到
会准时来
准时到
准时来
准时过去
按时到
按时来
按时过去
一定到
一定去
一定来
肯定去
肯定到
能来
能去
能到
可以来
可以去
可以到
能过来
能过去
会参加
准时参加
赴约
按时赴约
如约
照常
照旧
保持预约
维持预约
预约不变
时间可以
时间没问题
这个时间可以
这个时间没问题
到时见
到时候见
明天见
回头见
那天见
到时候过去
在路上
已经出发
出发了
点赞
✅
☑️
✔️
shi de
shide
dui
dui de
keyi
ke yi
mei wenti
meiwenti
mei wen ti
hui qu
wo hui qu
hui lai
que ren
queren
ke yi de
能准时到
我会去的
会去的
# Added: see you on a named day (下周见, 周三见).
下周见
下星期见
下礼拜见
下个星期见
后天见
周一见
周二见
周三见
周四见
周五见
周六见
周日见
星期一见
星期二见
星期三见
星期四见
星期五见
星期六见
星期天见
星期日见
礼拜一见
礼拜二见
礼拜三见
礼拜四见
礼拜五见
礼拜六见
那时见
今天见
待会见
等会见
一会见

[cancel]
# "I will not attend; release the slot". Bare 不 is absent (it sits inside 不好意思,
# 不舒服); 否 stays for "回复是确认，否取消" prompts, with 是否/能否 shielded in [other].
取消
取消预约
取消挂号
取消吧
要取消
我要取消
想取消
帮我取消
请取消
麻烦取消
取消掉
取消了
否
不去了
不去
我不去
不来了
不来
我不来
不过去了
去不了
来不了
过不去了
去不成
来不成
到不了
赶不过来了
不能来
不能去
不能到
不能过来
不能过去
不能参加
不能赴约
没法来
没法去
没法到
没法过去
没法过来
没办法来
没办法去
没办法到
没办法过去
没办法过来
无法前往
无法到场
无法出席
无法参加
无法赴约
无法过去
不参加
不参加了
参加不了
不用了
不需要了
不要了
不看了
不约了
算了
不行
不可以
不方便
不会去
不会来
不会到
去不成了
来不成了
没时间去
没空去
没时间
没空
有事去不了
有事来不了
临时有事去不了
❌
🙅
bu qu
buqu
bu qu le
bu lai
bu lai le
lai bu liao
laibuliao
qu bu liao
qubuliao
qu xiao
quxiao
bu xing
# Added: English cancel inside Chinese text, and pinyin.
cancel
要cancel
cancel掉
想cancel
bu neng lai
bu neng qu
qu bu le
lai bu le
# Added: 'I don't want to / don't need to go any more'.
不想去了
不想去
不想来了
不打算去了
不打算来了
不用去了
不用来了
不用过去了
不需要去了
不需要来了

[reschedule]
# "I want another time": change, move, postpone, earlier/later, another day.
改期
改个期
改约
改预约
更改预约
修改预约
变更预约
改时间
改个时间
改一下时间
更改时间
换时间
换个时间
换一个时间
换一天
换个日子
换个日期
改天
改日
另约
另外约
重新预约
重新约
重约
再约
下次再约
改天再约
改到
换到
调到
挪到
往后挪
挪一下
推迟
延期
延后
往后推
推后
推到
改早一点
改晚一点
早一点的时间
晚一点的时间
更早的时间
更晚的时间
别的时间
其他时间
另一个时间
别的日子
其他日子
另外一天
改下午
改上午
重新安排
另外安排
再安排
调整时间
调一下时间
调整预约
可以改吗
能改吗
能不能改
可不可以改
能不能换
可不可以换
想改
想换
gai qi
gaiqi
huan shi jian
huan shijian
gai shi jian
gai shijian
能提前吗
可以提前吗
提前一点
提前一天
往前挪
改早点
改晚点
# Added: English reschedule in Chinese text, moving it (挪), other slots, asking what is open.
reschedule
resched
改个日子
挪一挪
挪挪
挪个时间
挪个日子
能挪
其他时段
别的时段
其他时间段
别的时间段
更晚的时段
更早的时段
晚一点的时段
早一点的时段
晚点的时间
早点的时间
换个时段
改个时段
约别的时间
约其他时间
约别的日子
有空位吗
有没有空位
还有号吗
有号吗
有没有号
哪天有空
哪天有号
哪天可以
什么时候有空
什么时候有号
往后延
推一周
推一个星期
推迟一点
gai tian
gaitian
huan ge shi jian
gai dao
tui chi
# Added: asking what is open (有没有时间/空/号), which patients send without a question mark.
有没有时间
有时间吗
有没有空
有空吗
有没有 … 号
有没有 … 时间
有没有 … 时段
能不能约
可不可以约
可以约
约下午
约上午
约早上
约晚上
约下周
约明天
# Added: offering another day as a question after declining (这周没空，下周可以吗; 周 also matches 下周, 周五, 周末).
周 … 可以吗
周 … 可不可以
周 … 行吗
周 … 行不行
周 … 有空吗
周 … 有没有空
周 … 有号吗
周 … 有没有号
周 … 方便吗
星期 … 可以吗
星期 … 可不可以
星期 … 行吗
星期 … 行不行
星期 … 有空吗
星期 … 有没有空
星期 … 有号吗
星期 … 有没有号
星期 … 方便吗
礼拜 … 可以吗
礼拜 … 可不可以
礼拜 … 行吗
礼拜 … 行不行
礼拜 … 有空吗
礼拜 … 有没有空
礼拜 … 有号吗
礼拜 … 有没有号
礼拜 … 方便吗
后天 … 可以吗
后天 … 可不可以
后天 … 行吗
后天 … 行不行
后天 … 有空吗
后天 … 有没有空
后天 … 有号吗
后天 … 有没有号
后天 … 方便吗
下个月 … 可以吗
下个月 … 可不可以
下个月 … 行吗
下个月 … 行不行
下个月 … 有空吗
下个月 … 有没有空
下个月 … 有号吗
下个月 … 有没有号
下个月 … 方便吗
改下周
改到下周
下周再来
下周再去
改天来
# Added: English-mixed 'change the time'.
change一下时间
change时间
change 时间
change个时间
# Added: 'change it to' (改成下午, 换成周五).
改成
改为
换成
调成
改在

[late]
# "I am coming but will be late": late, traffic, on the way and nearly there, wait for me.
迟到
会迟到
要迟到
可能迟到
晚到
会晚到
晚点到
晚一点到
晚一些到
晚些到
晚会儿到
晚几分钟
来晚
来晚了
到晚了
迟点到
迟一点到
迟一些到
会迟一点
晚一会儿
不能准时
没法准时
无法准时
没办法准时
不能按时
没法按时
无法按时
赶不上
赶不及
来不及
堵车
塞车
路上堵
堵在路上
堵住了
堵得厉害
马上到
快到了
快到啦
就快到了
还有几分钟到
等我一下
等等我
稍等我
请等我
麻烦等我
正在赶
正在赶过去
赶过去
地铁晚点
公交晚点
车晚点了
耽误了
耽搁了
被耽搁
chi dao
chidao
wan dian dao
wandiandao
wan dao
会晚点
会晚一点
要晚到
要晚点
要晚一点
# Added: English late inside Chinese text, more 'a bit late' forms, and pinyin.
running late
会late
要late
晚个
迟个
晚一会
晚些
晚点儿
在找车位
找不到车位
找不到停车位
wan yi dian
du che
duche
sai che
ma shang dao
mashangdao
kuai dao le
# Added: 'a little late'.
稍微晚点
稍微晚一点
稍晚一点到
稍晚到
稍微迟到
会晚些
可能晚点
可能会晚

[symptom]
# Non-emergency health reports, medication side effects, low mood or anxiety.
咳嗽
咳得
一直咳
还在咳
咳痰
发烧
发烧了
发热
低烧
高烧
烧还没退
体温高
头晕
头昏
晕乎乎
头痛
头疼
偏头痛
皮疹
起疹子
出疹子
疹子
红疹
荨麻疹
过敏
痒
瘙痒
恶心
想吐
呕吐
吐了
拉肚子
腹泻
肚子痛
肚子疼
胃痛
胃疼
腹痛
不舒服
不太舒服
不大舒服
不是很舒服
有点不舒服
难受
痛
疼
酸痛
感冒
着凉
流鼻涕
鼻塞
喉咙痛
喉咙疼
嗓子疼
嗓子痛
乏力
没力气
没劲
浑身无力
疲劳
疲惫
没精神
失眠
睡不着
睡不好
便秘
腰痛
腰疼
背痛
关节痛
肿了
红肿
浮肿
水肿
发炎
感染
化脓
流脓
出血
流血
尿痛
尿频
尿血
便血
手麻
脚麻
发麻
麻木
抽筋
眼睛痛
视力模糊
耳鸣
牙痛
牙疼
心慌
心悸
心跳快
血压高
血压有点高
血糖高
血糖低
副作用
不良反应
药物反应
身体不好
身体不适
感觉不好
状态不好
病了
生病了
病情加重
加重了
更严重了
没好转
还没好
焦虑
抑郁
心情不好
心情低落
情绪低落
情绪不好
压力大
想哭
没胃口
食欲不振
吃不下
摔倒
摔了一跤
跌倒
撞到头
摔到头
磕到头
头部受伤
扭伤
骨折
烫伤
烧伤
ke sou
fa shao
fashao
tou teng
touteng
tou yun
bu shu fu
bushufu
伤口裂开
伤口红
伤口很红
喉咙肿
嗓子肿
扁桃体肿
# Fever that has not gone down: listed whole so that 没/不 here does not negate the fever
# (an infant or chemotherapy combination below needs it).
没退烧
没有退烧
不退烧
退不了烧
退不下来
# Something in the body stopped (bleeding, pain, vomiting): a health report, not "stop
# messaging me" (停止 is a bare [opt_out] entry). "还没停" forms are in [urgent].
出血 … 停止
流血 … 停止
血已经停止
血已停止
血停止
疼痛 … 停止
痛停止
疼停止
咳嗽 … 停止
呕吐 … 停止
腹泻 … 停止
停止出血
停止流血
停止疼痛
停止呕吐
停止咳嗽
# "Hope it doesn't come back" (不要再发烧): 不要再发 here is fever, not a stop request.
不要再发烧
别再发烧
不要再发热
不要再发作
别再发作
不要再发炎
# Added: getting worse, swelling, tiredness, stomach upset, sprains, readings that are high, medicine that does not help, and pinyin.
越来越严重
越来越差
越来越痛
越来越疼
越来越厉害
更严重
更差了
变差了
更糟
变严重
恶化
加重
没见好
不见好
肿
很累
好累
特别累
太累了
累得不行
睡眠不好
睡眠很差
血压 … 高
血压偏高
血压 … 低
血糖 … 高
血糖偏高
胀气
肚子胀
腹胀
胃胀
反酸
烧心
扭了
崴了
崴脚
头昏眼花
头晕眼花
晕晕的
咳个不停
咳不停
嗓子哑
声音哑
起包
起疙瘩
长了疙瘩
药没用
药不管用
药没效果
吃药没效果
吃了药还是
伤口 … 疼
伤口 … 痛
伤口 … 红
不舒坦
kesou
tou tong
toutong
touyun
e xin
exin
la du zi
fa yan
bu shu fu le
sheng bing le
gan mao le
# Added: aches (酸) and poor appetite.
脖子 … 酸
腰酸
肩膀 … 酸
腿 … 酸
胃口不好
胃口差
胃口很差
没什么胃口
食欲差
没食欲
不想吃东西
# Added: a little bleeding from a bite or cut, a bump on the head (头撞到 … 起包).
流了点血
流了一点血
出了点血
出了一点血
流了些血
被狗咬
被猫咬
被咬了
咬伤
头撞
头磕
头碰
撞了一下头
起了个包
肿了个包
# Feeling-better entries (好多了, 好转了, 没那么痛了 …) moved to [other] in the session 5 block at the end:
# an improvement is not a complaint. A temperature mention stays here.
体温
# Added: nosebleeds, a rash (疹 alone: 湿疹, 出了点疹), a little breathless on exertion.
鼻血
流鼻血
疹
有点喘
有些喘
有一点喘
# Added: a bit of a cough (有点咳, 干咳).
有点咳
有些咳
有一点咳
干咳
咳了几天
咳几声
# Added: a symptom that has gone (不晕了, 退烧了): a health update, listed whole so the 不 inside does not drop it.
不晕了
不头晕了
不咳了
不咳嗽了
退烧了
烧退了
不拉了
不拉肚子了
血止住了
消肿了
没那么晕了
不痒了
# Added (red-flag pass): worry (很着急) and an acute diagnosis (急性胃炎) are not alarm words; written as two words so the bare urgent 急 inside them yields.
很着急
好着急
挺着急
有点着急
着急了
太着急
比较着急
急性 … 炎
急性 … 病
急性 … 发作

[urgent]
# Red flags (intents.md rule 10): chest pain, breathing, self-harm, stroke signs, heavy
# bleeding, fainting, seizure, infant or chemo fever, head injury on blood thinners,
# severe allergy, and emergency words. When in doubt an entry is kept here.
胸痛
胸疼
胸口痛
胸口疼
胸口好痛
胸口很痛
胸口闷
胸闷
胸口发闷
胸口憋
胸口发紧
胸口很紧
胸口压着
胸口压得
胸口像压
胸部疼痛
胸部痛
胸前痛
心口痛
心口疼
心口闷
心脏痛
心脏疼
心绞痛
心脏病发
心脏病发作
心梗
心肌梗塞
心肌梗死
心脏骤停
胸口 … 痛
胸口 … 疼
胸口 … 闷
胸口 … 紧
胸口 … 压
胸 … 痛
胸 … 疼
胸 … 闷
心口 … 痛
心口 … 疼
心脏 … 痛
呼吸困难
呼吸很困难
喘不过气
喘不上气
透不过气
上不来气
气上不来
气喘不上
喘不动
呼吸不了
不能呼吸
无法呼吸
没法呼吸
呼吸不上
呼吸急促
气短
气促
憋气
憋得慌
窒息
嘴唇发紫
嘴唇发青
脸发紫
呼吸 … 困难
喘 … 不过气
自杀
想自杀
要自杀
轻生
不想活
不想活了
活不下去
不想活下去
活着没意思
活着没意义
想死
结束生命
结束自己的生命
了结自己
一了百了
自残
自伤
伤害自己
割腕
跳楼
跳河
上吊
吞药
过量服药
服药过量
药吃多了
吃了很多药
吃了一整瓶
吃了整瓶
吃了一瓶药
安眠药吃多
喝农药
喝了农药
中风
脑中风
脑卒中
卒中
口齿不清
说话不清
说话不清楚
讲话不清
说不出话
说话含糊
嘴歪
口歪
口角歪斜
脸歪
面瘫
半边身体麻
半边身体没力
半边身子麻
半边脸麻
半身麻
半身不遂
一边手脚无力
一侧无力
一侧手脚
单侧无力
突然看不见
突然看不清
突然剧烈头痛
剧烈头痛
头痛欲裂
大出血
出血不止
血流不止
止不住血
血止不住
流了很多血
流很多血
出了很多血
出很多血
大量出血
一直流血
血一直流
吐血
呕血
咳血
咯血
怀孕 … 出血
晕倒
昏倒
晕过去
昏过去
晕厥
昏厥
昏迷
失去意识
没有意识
意识不清
意识模糊
神志不清
不省人事
叫不醒
休克
抽搐
抽风
癫痫发作
羊癫疯
口吐白沫
# Infant and chemotherapy fever across clauses, with negation ("宝宝两个月，没发烧"), is in
# [urgent-combinations]; a "…" entry here would swallow the 没/不 between its words.
新生儿发烧
新生儿发热
婴儿发烧
婴儿发热
宝宝发烧
宝宝发热
化疗后发烧
化疗期间发烧
放疗 … 发烧
抗凝 … 撞到头
抗凝 … 摔到头
抗凝 … 磕到头
撞到头 … 抗凝
摔到头 … 抗凝
阿司匹林 … 撞到头
严重过敏
过敏性休克
过敏 … 呼吸
喉咙发紧
舌头肿
嘴唇肿
# 紧急 by its alarm uses (紧急情况, 很紧急): a bare 紧急 also caught 紧急联系人 (emergency contact) and 这是紧急电话吗.
紧急情况
情况紧急
很紧急
非常紧急
特别紧急
紧急求助
紧急求救
有紧急
紧急的事
事情紧急
紧急紧急
急救
救护车
打120
叫120
拨打120
叫了120
打911
911
# 急诊 by its emergency uses (去急诊, 送急诊, 在急诊): a bare 急诊 also caught questions about the ER (急诊在哪里, 急诊和门诊是一个地方吗).
去急诊
在急诊
送急诊
挂急诊
看急诊
要急诊
需要急诊
进急诊
进了急诊
急诊抢救
上急诊
救命
快不行了
我快不行了
要死了
快死了
危急
病危
化疗 … 体温
华法林 … 撞到
华法林 … 摔
撞到头 … 华法林
摔到头 … 华法林
磕到头 … 华法林
抗凝药 … 摔
抗凝 … 头部受伤
头部受伤 … 抗凝
喘不了气
呼吸不过来
吸不上气
喘气困难
喉咙肿 … 呼吸
喉咙肿 … 喘
喉咙紧
喉咙像被掐住
喉咙堵住
过敏 … 喉咙
过敏 … 肿
过敏 … 嘴唇
脸肿 … 呼吸
个星期大 … 发烧
个星期大 … 发热
天大 … 发烧
出生 … 发热
# Self-harm and suicide phrasing that carries its own negation (never negated as a whole).
不想再活
活着没什么意思
不如死了
还不如死
死了算了
一死了之
想一死了之
寻死
想不开
不想醒来
不想再醒来
撑不下去了
活够了
好想死
真想死
想去死
自我了断
结束这一切
救救我
# Cutting and self-injury.
又割了
又割手
割手
割自己
割了手腕
割手腕
划手腕
划手
划自己
划伤自己
用刀划
用刀割
拿刀划
拿刀割
又自残
又伤害自己
# Bleeding that will not stop.
出血 … 不停
流血 … 不停
血 … 止不住
血 … 止不了
流血不止
血流不停
止不了血
血止不了
血停不下来
血一直在流
一直在流血
流了好多血
出了好多血
流好多血
出好多血
流了一大摊血
满地都是血
血喷出来
大量流血
# Severe allergic reaction: swelling with the throat closing.
嘴唇 … 肿 … 喉咙
嘴唇肿 … 喉咙
嘴唇 … 肿 … 呼吸
舌头 … 肿
喉咙好紧
喉咙很紧
嗓子发紧
喉咙像被堵住
喉头水肿
喉咙水肿
口水都咽不下
口水都吞不下
咽不下口水
# Trouble breathing, as patients put it.
喘不上来
喘不过来
吸不进气
呼吸不畅
呼吸不顺
呼吸费力
呼吸很费劲
喘得厉害
喘得很厉害
气不够用
快窒息
# Call me now.
急，快打给我
快打给我
快给我打电话
快打电话给我
马上打给我
马上给我打电话
马上打电话给我
赶紧打给我
赶紧给我打电话
请马上回电
速回电
急急急
十万火急
很急
非常急
特别急
# Heart or breathing stopped, and bleeding that has not stopped (停止 is a bare [opt_out]
# entry; these make sure the reply reads as urgent).
心跳停止
心脏停止
呼吸停止
停止呼吸
出血 … 没停
流血 … 没停
血还没停
血一直没停
血还是没停
# Added: chest discomfort as patients put it (难受/不舒服 in the chest or heart), and pinyin red flags typed without an IME.
胸口 … 难受
胸口 … 不舒服
胸 … 难受
心脏 … 难受
心脏 … 不舒服
心脏不舒服
心口 … 难受
心口 … 不舒服
胸口压得慌
胸口闷得慌
胸口像有石头
胸口被压
xiong kou teng
xiongkou teng
xiong kou tong
xiong tong
xiong teng
xiong men
xiong kou men
xin zang teng
xin zang tong
chuan bu guo qi
chuan bu shang qi
chuanbuguoqi
hu xi kun nan
huxi kunnan
huxikunnan
tou bu guo qi
bu neng hu xi
zi sha
xiang zi sha
xiangzisha
xiang si
bu xiang huo
bu xiang huo le
zhong feng
yun dao
yun dao le
hun dao
hun mi
chou chu
jiu ming
jiuming
jiu hu che
da chu xue
liu hen duo xue
# Added: fainting and unresponsiveness said indirectly (晕了过去, 眼前一黑, 叫他没反应).
晕了过去
昏了过去
晕死过去
眼前一黑
突然倒下
突然倒地
倒地不起
晕倒在地
人事不省
叫他没反应
叫她没反应
叫也没反应
叫了没反应
叫不应
没呼吸了
没有呼吸了
没了呼吸
没气了
没有心跳
没心跳了
# Added: stroke signs (slurred speech with a word in between, drooping mouth, one side weak; one side + weakness across words is in [urgent-combinations]).
说话 … 不清
讲话 … 不清
口齿 … 不清
说话 … 含糊
大舌头
舌头发硬
舌头不灵
嘴巴歪
嘴角歪
嘴角下垂
嘴斜
脸一边
一边脸
半边脸
脸下垂
半边身子
半边身体
一边身体
左半边身体
右半边身体
左边手脚
右边手脚
左侧肢体
右侧肢体
一只手抬不起来
看东西重影
突然走不了路
# Added: pregnancy red flags (spotting, waters breaking, baby not moving; listed whole because they carry 没/不).
见红
羊水破了
破水了
破羊水
没有胎动
没胎动
没了胎动
胎动没了
胎动少
胎动减少
胎动变少
胎动少了
胎动很少
感觉不到胎动
感觉不到宝宝动
宝宝不动了
宝宝不怎么动
胎儿不动
胎心没了
# Added: overdose and swallowed pills, seizure forms.
吃了一瓶
吞了一瓶
吃了一整盒
吃了一盒药
吃了一把药
吃了好多药
吃了太多药
药吃太多
吃多了药
吞了很多药
吞了好多药
吃了好多片
吃了很多片
误服
误吃了药
全身抽
浑身抽
抽过去了
羊角风
癫痫犯了
发癫痫
出血很多
出血很厉害
流血很厉害
血流如注
# Added: coughing up or vomiting blood, said the way patients put it (咳出血, 痰里有血, 吐了好多血).
咳出血
咳出了血
咳了血
咳嗽带血
咳嗽有血
咳得有血
咳出来有血
咳出来的痰有血
痰里有血
痰里带血
痰中带血
痰带血
痰有血
吐出血
吐了血
吐了好多血
吐了很多血
吐了一口血
吐出来是血
吐出来都是血
吐的都是血
呕出血
呕了血
呕了很多血
拉了很多血
便血很多
# Added: sudden confusion, talking nonsense, not recognising people.
突然糊涂
不认识人
不认人了
认不出人
认不出我
认不得人
不认识家里人
说胡话
胡言乱语
语无伦次
神智不清
意识混乱
精神错乱
突然说话很乱
# Added: collapsed or not responding (叫/喊/拍/推 … 没反应; these carry their own 没).
人没反应
人没有反应
躺 … 没反应
躺着没反应
叫不答应
喊不醒
叫 … 没反应
喊 … 没反应
拍 … 没反应
摇 … 没反应
叫 … 没有反应
# Added: severe pain (unbearable, rolling in pain), and chest or heart pain with the pain word further on.
剧痛
剧烈疼痛
剧烈腹痛
剧烈的疼
痛得打滚
疼得打滚
痛到打滚
疼到打滚
疼得直打滚
心脏 … 疼
心脏 … 闷
心脏 … 揪
胸口 … 揪
心口 … 揪
胸口 … 刺痛
胸口 … 绞痛
心脏 … 绞痛
胸 … 刺痛
# Added: life feels meaningless, wanting to disappear, more overdose forms.
活着没有意义
活着没有意思
活着有什么意思
活着还有什么意思
活着有啥意思
没有活下去的意义
没有活下去的理由
不想再活下去
不如死掉
想死掉
死掉算了
想消失
想从世界上消失
不想活着
吃了一大把药
一把安眠药
吃了半瓶药
吃了一整板
吞了一把
安眠药吃了很多
安眠药吃了好多
# Added: pinyin red flags typed without an IME (words may sit between).
xiong kou … teng
xiong kou … tong
xiongkou … teng
xiongkou … tong
xin zang … teng
xin zang … tong
xin kou … teng
xin kou … tong
yun guo qu
yun guo qu le
hun guo qu
jiao bu xing
tu xue
ke xue
liu xue bu zhi
zhi bu zhu xue
zi can
ge wan
kuai jiao jiu hu che
jiao jiu hu che
xiang si le
zhong feng le
chou chu le
hun mi le
# Added: unbearable pain in the belly or head (a toothache that is 受不了 stays a symptom).
肚子疼得受不了
肚子痛得受不了
肚子 … 受不了
肚子痛到受不了
肚子疼到受不了
头痛得受不了
头疼得受不了
头痛到受不了
头疼到受不了
肚子剧痛
腹部剧痛
# Added: sudden loss of speech, the heart 'about to stop', eyes rolling in a fit, the worst headache ever (carry their own 不/没).
突然不会说话
不会说话了
说不了话
不能说话了
讲不了话
心脏要停
心脏快停
心跳要停
心跳快停
心脏停了
翻白眼
两眼上翻
眼睛上翻
手脚抽动
四肢抽动
从来没有这么痛
从来没有这么疼
从来没这么痛
从来没这么疼
从没这么痛
从没这么疼
这辈子最痛
这辈子最疼
# Added: very heavy bleeding (血崩, 流了一地血).
血崩
出血量很大
出血量大
出血量特别大
流了一地血
一地的血
血流了一地
# Added: a heart attack or asthma attack 'coming on again' (心脏病犯了, 哮喘发作), bleeding from the head, blacking out.
心脏病犯
心脏病又犯
心脏病复发
心脏病又发
心梗犯了
哮喘发作
哮喘犯了
哮喘急性发作
哮喘 … 喘不
头出血
头部出血
头流血
头上流血
头上在流血
眼前发黑
眼前黑了
两眼发黑
眼睛一黑
hu xi bu shang
hu xi bu liao
chuan bu shang lai
chuan bu guo lai
xin zang bing fa
xin jiao tong
xin geng
头破血流
倒下 … 没反应
倒在地上 … 没反应
倒地 … 没反应
# Added (red-flag pass): chest tight or sore with words between, pain spreading to the jaw or back.
胸 … 紧
胸部 … 紧
胸前 … 痛
胸前 … 疼
痛到下巴
疼到下巴
痛到后背
疼到左手
痛到左手
# Added (red-flag pass): choking, throat closing, gasping, turning blue.
噎住
噎着了
被 … 噎
卡住喉咙
卡在喉咙
喉咙 … 关上
喉咙 … 封住
喉咙 … 堵
吸不到气
吸不了气
喘不匀
上气不接下气
憋得 … 紫
脸都紫了
嘴唇都紫了
嘴唇紫了
脸发青
# Added (red-flag pass): sudden confusion, not recognising family.
不认识我
不认得我
糊里糊涂
迷迷糊糊叫不醒
# Added (red-flag pass): soaking pads, bleeding that keeps going, blood everywhere in stool or vomit.
湿透 … 卫生巾
卫生巾 … 湿透
一直在出血
一直出血
一直流
出血 … 特别多
出血 … 很多
出血 … 好多
全是血
都是血
# Added (red-flag pass): lost consciousness, cannot be woken, a fit.
失去知觉
没有知觉
没知觉了
叫 … 不醒
叫不起来
喊不起来
抽起来了
# Added (red-flag pass): passive suicidal thoughts and overdose (carry their own 没/不).
活着 … 没意思
活着 … 没意义
活着 … 没有意思
活着 … 没有意义
人生没有意义
人生没意义
人生没意思
没有我 … 更好
没有我会更好
我不在了 … 更好
我死了 … 更好
永远消失
想 … 消失
结束自己
结束我自己
想跳下去
楼顶 … 跳
一睡不醒
永远不醒
吞了一整瓶
吞了整瓶
把药全吃了
把药都吃了
药全吃了
所有的药都吃了
所有药都吃了
全部药都吃了
# Added (red-flag pass): face or mouth swelling (allergy).
脸肿
脸 … 肿
嘴 … 肿
嘴肿
舌头肿了
# Added (red-flag pass): bare urgency words; the harmless phrases that contain them (紧急联系人, 不急, 急诊在哪里, 急性胃炎) are under [other] and [symptom] and win by being longer.
紧急
急
# Added (red-flag pass): the baby not moving in pregnancy (carries its own 没/不).
宝宝 … 没动
宝宝 … 不动
肚子里 … 不动
肚子里 … 没动

[urgent-combinations]
# Red flags made of two or three facts that may sit in different clauses ("在化疗，发烧了", "宝宝两个月，38.5度", "吃华法林，撞到头了"): every part must appear somewhere in the reply, none negated; {temperature} = a fever-range number (38.5, 39度, 101F).
# --- fever during chemotherapy (化疗 also matches 做化疗, 化疗后, 化疗期间)
化疗 + 发烧
化疗 + 发热
化疗 + 高烧
化疗 + 低烧
化疗 + 寒战
{temperature} + 化疗
# --- fever in a baby under three months (烧 matches 发烧, 高烧, 发高烧, 烧到39)
新生儿 + 烧
新生儿 + 发热
{temperature} + 新生儿 + 度
宝宝 + 烧
宝宝 + 发热
{temperature} + 宝宝 + 度
婴儿 + 烧
婴儿 + 发热
个月大 + 烧
个月大 + 发热
{temperature} + 个月
两个月 + 烧
满月 + 烧
周大 + 烧
出生 + 烧
# --- head injury or a fall on blood thinners (头 + 撞/磕/摔: 撞到头, 头磕了, 摔了一跤头着地)
华法林 + 头 + 撞
华法林 + 头 + 磕
华法林 + 头 + 摔
抗凝 + 头 + 撞
抗凝 + 头 + 磕
抗凝 + 头 + 摔
稀血药 + 头 + 撞
薄血药 + 头 + 撞
# --- bleeding on blood thinners
华法林 + 出血
华法林 + 流血
华法林 + 鼻血
抗凝 + 出血
抗凝 + 流血
抗凝 + 鼻血
# --- swelling with trouble breathing or swallowing; bleeding in pregnancy
肿 + 喘
肿 + 咽不下
肿 + 吞不下
怀孕 + 出血
怀孕 + 流血
# --- added: fever with a stiff neck (烧 matches 发烧/高烧; 硬 matches 僵硬)
烧 + 脖子 + 硬
烧 + 颈 + 硬
发热 + 脖子 + 硬
发热 + 颈 + 硬
烧 + 脖子 + 转不动
烧 + 脖子 + 低不下
# --- added: bleeding, waters breaking or severe pain in pregnancy (孕 matches 怀孕, 孕妇, 孕期, 有孕)
孕 + 出血
孕 + 流血
孕 + 见红
孕 + 剧痛
孕 + 剧烈
孕 + 破水
# --- added: chest pain or pressure with the left arm, or a weight on the chest
胸 + 左手臂
胸 + 左臂
胸 + 左胳膊
心脏 + 左手臂
心脏 + 左臂
心脏 + 左胳膊
胸 + 压着
胸 + 压住
胸口 + 石头
心口 + 石头
# --- added: one side of the body weak or numb (stroke)
左边 + 动不了
右边 + 动不了
半边 + 动不了
一边 + 动不了
左边 + 不能动
右边 + 不能动
半边 + 不能动
左边 + 没力
右边 + 没力
半边 + 没力
一边 + 没力
左边 + 无力
右边 + 无力
一边 + 无力
半边 + 麻
# --- added: sleeping pills in quantity
安眠药 + 一瓶
安眠药 + 整瓶
安眠药 + 很多
安眠药 + 好多
安眠药 + 一把
安眠药 + 一盒
# --- added: a fever-range temperature in a baby given in weeks or days (三周大，体温38.5)
{temperature} + 周大
{temperature} + 星期大
{temperature} + 天大
{temperature} + 满月
{temperature} + 婴儿
# --- added: a head injury followed by vomiting or drowsiness (头撞了一下，一直吐)
头 + 撞 + 吐
头 + 摔 + 吐
头 + 磕 + 吐
头 + 撞 + 呕
头 + 摔 + 呕
头 + 撞 + 想睡
头 + 撞 + 嗜睡
头 + 摔 + 嗜睡
孕 + 不动
孕 + 没动
孕 + 不怎么动
# --- added: a named arm or leg suddenly useless (右手突然动不了), and a fit with fever in a child (高烧抽筋)
右手 + 动不了
左手 + 动不了
右腿 + 动不了
左腿 + 动不了
右手 + 没力
左手 + 没力
右手 + 抬不起
左手 + 抬不起
右手 + 发麻
左手 + 发麻
烧 + 抽筋
发热 + 抽筋
宝宝 + 抽筋
婴儿 + 抽筋
# --- added: pregnancy with blurred vision (pre-eclampsia signs)
孕 + 看不清
孕 + 视力模糊
孕 + 眼花
孕 + 看东西模糊
# --- added: other blood thinners (aspirin, clopidogrel, rivaroxaban, apixaban, dabigatran) with a head injury or bleeding; a newborn not feeding
阿司匹林 + 头 + 摔
阿司匹林 + 头 + 磕
氯吡格雷 + 头 + 撞
氯吡格雷 + 头 + 摔
波立维 + 头 + 撞
波立维 + 头 + 摔
利伐沙班 + 头 + 撞
利伐沙班 + 头 + 摔
利伐沙班 + 出血
阿哌沙班 + 头 + 撞
阿哌沙班 + 头 + 摔
阿哌沙班 + 出血
达比加群 + 头 + 撞
达比加群 + 出血
抗血小板 + 头 + 撞
抗血小板 + 头 + 摔
稀释血液 + 头 + 撞
新生儿 + 不吃奶
新生儿 + 不吃
新生儿 + 黄疸
满月 + 不吃奶
出生 + 不吃奶
# --- added (red-flag pass): chest pain spreading to the jaw; soaking a pad within the hour
胸 + 下巴
卫生巾 + 小时
卫生巾 + 湿透
护垫 + 湿透
# --- added (red-flag pass): heavy bleeding after surgery or birth
手术后 + 出血
术后 + 出血
术后 + 流血
生完 + 出血
生完 + 流血
产后 + 出血
产后 + 流血
剖腹产 + 出血
顺产 + 出血
# --- added (red-flag pass): a baby that feels hot (烫) given an age in days or weeks
宝宝 + 烫
婴儿 + 烫
新生儿 + 烫
周大 + 烫
天大 + 烫
个月大 + 烫
满月 + 烫
出生 + 烫
宝贝 + 烫
宝贝 + 烧
周 + 额头 + 烫
周 + 身上 + 烫
# --- added (red-flag pass): fever during chemotherapy given as 体温 with a number
化疗 + 体温38
化疗 + 体温39
化疗 + 体温40
化疗 + 烫
# --- added (red-flag pass): blood thinners named in English or as 血液稀释剂, with a head injury
warfarin + 头 + 撞
warfarin + 头 + 摔
warfarin + 头 + 磕
xarelto + 头 + 撞
xarelto + 头 + 摔
eliquis + 头 + 撞
eliquis + 头 + 摔
plavix + 头 + 撞
blood thinner* + 头 + 撞
blood thinner* + 头 + 摔
血液稀释 + 头 + 撞
血液稀释 + 头 + 摔
血液稀释 + 头 + 磕
稀释血液 + 头 + 摔
稀释血液 + 头 + 磕
阿司匹林 + 头 + 撞
华法林 + 头 + 碰
抗凝 + 头 + 碰
# --- added (red-flag pass): a new medicine followed by swelling or hives with breathing trouble
新药 + 肿
新药 + 喘
荨麻疹 + 喘
荨麻疹 + 呼吸
风团 + 喘
风团 + 呼吸
# --- added (red-flag pass): bleeding or waters breaking in pregnancy (怀了, 有喜)
怀了 + 出血
怀了 + 流血
孕 + 羊水

[opt_out]
# "Stop messaging me": unsubscribe, TD (carrier-style 回复TD退订), stop sending, block.
退订
退订短信
回复退订
TD
取消订阅
取消短信
取消短信通知
取消提醒
取消通知
不要提醒
不需要提醒
不用提醒
不要再发
不要再发了
不要发了
不要发短信
不要发信息
不要发消息
不要再给我发
不要给我发
别再发
别再发了
别发了
别发短信
别给我发
别再给我发
不用再发
不用发了
不需要短信
停止
停止发送
停止发短信
停止短信
停发
请停发
拒收
拒绝接收
不再接收
不想收到
不想再收到
不要再收到
不想接收
别打扰
不要打扰
别再打扰
骚扰
垃圾短信
屏蔽
拉黑
退出
解除订阅
删除我的号码
把我号码删掉
删掉我的号码
移除我的号码
不要联系我
别联系我
不要再联系
别再联系
免打扰
勿扰
# Added for coverage: TD as patients type it, the common misspelling 退定, pinyin, and more
# ways to say "don't send / don't remind / don't notify me any more".
回TD
回复TD
退定
tuiding
tui ding
请勿再发
请勿发送
请勿再发送
勿再发
不要再发送
别再发送
不需要再发
不用再发送
别发信息
别发消息
不要再提醒
别再提醒
不用再提醒
不需要再提醒
不要再通知
别再通知
不用再通知
不需要再通知
不用通知我了
不需要这些短信
不需要这种短信
不要这些短信
不想收短信
不想再收短信
不收短信
不再收短信
不接收短信
不接收信息
不接受短信
拒绝短信
关闭提醒
关闭通知
关闭短信
关掉提醒
关掉通知
关掉短信
取消推送
不要推送
别推送
不要再打扰
别烦我
不要烦我
别再烦我
不要再烦我
取消关注
# "Take my number off your list".
删除我的手机号
删掉我的手机号
我的号码删
我号码删
我的手机号删
我手机号删
我的电话删
从名单里删
从名单中删
从名单上删
从名单删除
从名单里去掉
从名单中去掉
从名单里移除
从名单中移除
从名单中去除
从列表里删
从列表中删
从列表中移除
移出名单
移出列表
把我移除
把我删除
把我删掉
# "Unsubscribed already, why are you still sending?": a complaint that means stop. It also
# keeps "之前退订了，怎么还发" an opt-out although 之前退订 is an [opt_in] entry.
怎么还发
怎么还在发
为什么还发
为什么还在发
怎么还给我发
为什么还给我发
还一直发
还老是发
怎么还收到
为什么还收到
# Added: take my number out of your system; no more reminders; pinyin stop requests.
号码从 … 删
号码从 … 去掉
号码从 … 移除
把我从 … 删
把我号码 … 删
把我的号码 … 删
系统里删
系统中删
不需要这些提醒
不需要这种提醒
不要这些提醒
不需要你们的提醒
不需要 … 提醒
bu yao zai fa
bu yao zai fa le
bu yao fa le
bie zai fa
bie zai fa le
bie fa le
bu yao fa duan xin
qu xiao ding yue
ting zhi fa song
bie da rao
# Added: 'I don't need this service'.
不需要这个服务
不需要这项服务
不需要此服务
不要这个服务
不用这个服务
取消这个服务
取消服务
退出服务
关闭服务
取消短信服务
# Added: TD typed with a space.
T D
# Added: northern 甭 'don't'.
甭发了
甭再发
甭发短信

[opt_in]
# "Start messaging me again": subscribe, resume, keep sending.
订阅
重新订阅
恢复订阅
取消退订
不退订了
恢复发送
恢复短信
恢复提醒
恢复通知
恢复接收
继续发送
继续提醒
继续接收
开启提醒
开通短信
重新开通
重新接收
我要订阅
开始发送
开始接收
还是发吧
继续给我发
# Resume after a stop: these contain 退订/停止/拒收/屏蔽 and, being longer, win over the
# bare [opt_out] word at the same place ("之前退订了，现在想恢复", "按错停止了").
之前退订
以前退订
退订过
退订 … 恢复
退订 … 重新接收
不小心退订
误退订
误点退订
退订错了
误点 … 退订
点错 … 退订
按错 … 退订
按错 … 停止
点错 … 停止
误按 … 停止
误点 … 停止
不小心 … 停止
按错 … stop
点错 … stop
误按 … stop
不小心 … stop
取消拒收
解除屏蔽
取消屏蔽
解除拉黑
取消拉黑
关闭免打扰
取消免打扰
可以恢复短信
可以恢复提醒
可以恢复通知
可以恢复发送
可以继续发
# Added: wanting the texts again (想收短信, 想再收到).
想收短信
又想收短信
还想收短信
想继续收
想再收到
想重新收到
重新收到
重新开始发
开始给我发
可以再发短信
继续发短信

[help]
# "Who is this / how does this work / I want a person".
帮助
你是谁
你们是谁
您是哪位
你是哪位
你是哪里
你们是哪里
这是哪里
这是什么号码
这是哪个号码
什么号码
谁发的
哪个医院
哪家医院
哪个诊所
哪家诊所
怎么回复
如何回复
回复什么
怎么用
什么意思
啥意思
看不懂
不明白
怎么回事
咨询
人工客服
转人工
客服
真人
是诈骗吗
是不是诈骗
骗子
bang zhu
找人工
要人工
# Added: 'who is this' forms.
这是谁
是谁
你哪位
哪位啊
谁啊
你们是干什么的
# Added: 'what organisation is this'.
什么机构
哪个机构
哪个单位
什么单位
你们是做什么的
这是干嘛的
这是干什么的
哪里发的
啥号码
# Added: 'what is this message'.
这是什么短信
这是什么消息
这是什么信息
什么短信
你们是什么

[other]
# Anything a person should read: wrong number, logistics, results, questions. The
# question forms 是否/能否/可不可以/行不行 are listed so that their 否/不可以/不行 is
# read as part of a question, not as a refusal.
打错了
发错了
发错人
你们发错了
号码错了
找错人
不是我
不是本人
我不是
停车
车位
地址
在哪里
在哪儿
怎么走
怎么去
几点
营业时间
多少钱
费用
收费
医保
保险
报告
检查结果
化验结果
结果出来
开药
续药
配药
处方
病历
发票
翻译
需要空腹
要空腹吗
带什么
要带什么
请问
问一下
想问
是否
能否
可否
与否
否则
可不可以
行不行
能不能
去不去
来不来
要不要
是不是
不确定
不一定
不知道
能不能去
能不能来
能不能到
能不能参加
可不可以去
可不可以来
会不会来
会不会去
参不参加
方不方便
# "Accidentally" (一不小心摔倒了): listed so that its 不 does not negate the fall or the
# head injury that follows it.
不小心
# Stopping a medicine or a treatment (停止 is a bare [opt_out] entry): a question for a
# person, not "stop messaging me". Also "received the cancellation notice" and "don't send
# it to the wrong person again", which contain 取消通知 and 别再发.
停止吃药
停止服药
停止用药
停止服用
停止吃
停止使用
停止治疗
停止打针
停止注射
停止化疗
停止透析
停止营业
停止挂号
停止接诊
收到取消通知
收到了取消通知
取消通知收到
别再发错
不要再发错
别发错
不要发错
# Added: the question form 有没有 (and Traditional 有沒有, Cantonese 有冇), so its 没有 does not negate what is asked for (有没有别的时间).
有没有
有沒有
有冇
# Added: questions whose 可以/没问题 is part of a question (哪里可以停车, 有没有问题), not a confirmation.
哪里可以
在哪里可以
哪儿可以
可以在哪
有没有问题
有问题吗
是不是有问题
# Added: 'can I eat / drink / pick it up' questions, whose 可以 is not a confirmation.
什么时候可以
啥时候可以
几时可以
可以吃
可以喝
可以洗澡
可以拿
可以取
可以开车
可以运动
可以用
可以停
可以走路
# Added: refill questions whose 可以 is not a confirmation.
可以续
可以再开
可以开药
能不能开
可以配药
可以再拿
# Added: 'emergency contact' and other question forms whose 紧急/可以 is not an alarm or a confirmation.
紧急联系人
紧急联络人
可以复印
可以打印
可以帮我
可以来你们
可以到你们
可以在你们
可以在这里
# Added: changing a name, address or number (地址改成, 号码改成) is not a reschedule request (改成 is a [reschedule] entry).
地址改成
名字改成
号码改成
电话改成
手机号改成
改成我的
改成新的
换成新号码
换号码
号码换了
# Added (red-flag pass): harmless phrases around the bare urgency words 急/紧急 and 想死 (miss you), which win by being longer.
不着急
别着急
别急
不用急
不用着急
不要着急
不太急
不是很急
不紧急
不是很紧急
不太紧急
并不紧急
不算紧急
不是急事
有急事
临时有急事
家里有急事
急事要办
急着
急急忙忙
这是紧急电话吗
是紧急电话吗
是不是紧急电话
急诊在哪
急诊在什么地方
急诊怎么走
急诊几点
急诊科在哪
急诊的账单
急诊账单
急诊费
急诊收费
急诊报销
急诊和门诊
急诊室的账单
急诊室账单
想死你
想死我了
抽了很多血
抽了好多血
# Added (red-flag pass): an ER visit that is over, and 'urgently need a refill' (急需 … 药), which are not alarms.
急诊科医生
急诊医生说
急诊看完
急诊回来
急需 … 药

[ack]
# Neutral acknowledgements: confirm when the message asked something, other when it did not.
好的
好滴
好哒
好嘞
好咧
好吧
好啊
好呀
好哦
好喔
好的好的
嗯
嗯嗯
嗯呢
嗯好
恩恩
哦哦
噢噢
收到
已收到
收到了
知道了
知道啦
晓得了
明白
明白了
了解了
没事
行啊
行吧
行的
行呀
那行
ok的
ok啦
ok了
👍
👌
🆗
🙆
hao
hao de
haode
hao di
en en
enen
已了解
# Added: English ok inside Chinese replies ("ok 我會準時"): entries count for the language a reply is detected in, so ok is listed here too.
ok
okay

[thanks]
# Thanks and blessings: other, or confirm when the message asked for a confirmation.
谢谢
谢谢你
谢谢您
谢谢你们
谢谢医生
谢谢护士
谢了
谢啦
多谢
感谢
非常感谢
万分感谢
感恩
辛苦了
辛苦你了
辛苦你们了
麻烦了
麻烦你了
🙏
🌹
❤️
xie xie
xiexie
xie xie ni
xiexieni
xie le
gan xie
ganxie

[negation]
# A negation word and how many words after it it negates (scope ends at punctuation).
# 别 is left out on purpose: it sits inside 特别 (特别痛 "very painful") and would
# negate a real complaint.
不 = 1
没 = 1
没有 = 2
无 = 1
未 = 1
不会 = 1
不能 = 1
不用 = 1
不要 = 1
不想 = 1
不再 = 1
没法 = 1
无法 = 1
并不 = 1
并没有 = 2
从没 = 1
从来没有 = 2
bu = 1
# Added: the Traditional and Cantonese cues, because the zh-Hant entries also match Simplified text (胸痛 is the same in both) and a cue only negates entries of its own file.
沒 = 1
沒有 = 2
冇 = 1
唔 = 1
並沒有 = 2

[reaction]
# How Simplified-Chinese phones report a tapback (like, love, emphasis, laugh) as text, before the quoted message: confirm.
赞了
点赞了
已点赞
喜欢
已喜欢
喜爱
爱了
爱心
强调了
已强调
笑了
大笑
已大笑

[reaction-other]
# The other tapbacks (dislike, question): other.
不喜欢
踩了
已踩
质疑了
已质疑

[words]
# Very common words and particles, used only to tell which language a reply is in.
# Characters that differ from Traditional (这 说 没 会 来 时 们 谢 医 …) tell the scripts apart.
的 了 是 我 你 您 他 她 们 我们 你们 这 那 这个 那个 这里 那里
说 没 没有 会 来 去 时 时间 时候 谢谢 医生 医院 护士 预约 挂号
个 么 什么 怎么 为什么 吗 吧 呢 啊 呀 哦 嗯 啦
还 过 对 后 以后 见 问 题 问题 请 请问 号 点 钟 门诊 约 确认 迟到
发 给 让 样 这样 怎么样 药 头 车 电话 现在 几 开 关 听 觉得 应该 谁 里
今天 明天 后天 下周 星期 上午 下午 晚上 可以 知道 不 也 就 都 要 想 能 在 有
东西 已经 刚才 马上 一下 一点 有点 因为 所以 但是 还是 如果 麻烦 短信 信息

[shorthand]
# Internet shorthand expanded before matching.
3q = 谢谢
蟹蟹 = 谢谢
木有 = 没有
肿么 = 怎么
灰常 = 非常
酱紫 = 这样子

[minutes]
# Units after a number of minutes ("晚10分钟").
分钟
分种
分

[hours]
# Units after a number of hours ("晚1个小时").
小时
个小时
钟头
个钟头
个钟

[durations]
# Spelled-out durations, in minutes.
几分钟 = 5
五分钟 = 5
十分钟 = 10
十五分钟 = 15
一刻钟 = 15
二十分钟 = 20
半小时 = 30
半个小时 = 30
半个钟 = 30
半个钟头 = 30
三十分钟 = 30
三刻钟 = 45
一小时 = 60
一个小时 = 60
一个钟头 = 60
个把小时 = 60
一个半小时 = 90
两小时 = 120
两个小时 = 120

[when]
# Day and time words for reschedule requests (full weekday names also come from ICU).
今天 = +0d
今日 = +0d
今晚 = +0d
明天 = +1d
明日 = +1d
明儿 = +1d
明早 = +1d
明晚 = +1d
后天 = +2d
大后天 = +3d
下周 = +1w
下星期 = +1w
下礼拜 = +1w
下个星期 = +1w
下个礼拜 = +1w
下下周 = +2w
下下星期 = +2w
上午 = morning
早上 = morning
早晨 = morning
中午 = afternoon
下午 = afternoon
傍晚 = evening
晚上 = evening
夜里 = night
半夜 = night
以后 = after
之后 = after
以前 = before
之前 = before
周一 = weekday:1
周二 = weekday:2
周三 = weekday:3
周四 = weekday:4
周五 = weekday:5
周六 = weekday:6
周日 = weekday:7
周天 = weekday:7
星期一 = weekday:1
星期二 = weekday:2
星期三 = weekday:3
星期四 = weekday:4
星期五 = weekday:5
星期六 = weekday:6
星期日 = weekday:7
星期天 = weekday:7
礼拜一 = weekday:1
礼拜二 = weekday:2
礼拜三 = weekday:3
礼拜四 = weekday:4
礼拜五 = weekday:5
礼拜六 = weekday:6
礼拜日 = weekday:7
礼拜天 = weekday:7

[option-words]
# Words that introduce an option number ("回复1", "选项2", "选3").
选项
选择
回复
选
按

# --- 其他说法的危险信号 (2026-12-03): 一小时湿透一片卫生巾（大出血）；新生儿发烧写成体温；
# 一侧手脚突然发麻。
[urgent]
一小时换一片
一个小时换一片
一小时就湿透
[urgent-combinations]
出生 + {temperature}
出生 + 体温
右手右脚 + 麻
左手左脚 + 麻
右手右脚 + 没力
左手左脚 + 没力

# 2026-12-03 (session 5): 情绪低落、失眠、没精神（症状）；好多了、康复了（其他，由 [symptom] 移来）；
# 账单、扣费、医保报销；停车、怎么走、营业时间；“这是谁的号码”“这些短信是什么”；改日期、往后推、
# 能早/晚一点吗；晚一丢丢、堵车、打不到车；“不要在发了”（在/再 错字）；拼音危险信号；“不了”“不必了”；
# 工作或家里的紧急情况（只解释取消或改期，不是医疗急症）。
[symptom]
# Low mood, stress, poor sleep, no energy (self-harm wording stays [urgent]).
郁闷
难过
伤心
很丧
好丧
丧丧的
有点emo
emo了
心累
心里难受
提不起劲
提不起精神
打不起精神
没动力
没干劲
没心情
什么都不想做
什么都不想干
开心不起来
高兴不起来
不开心
闷闷不乐
情绪差
情绪很差
情绪崩溃
快崩溃了
要崩溃了
心情差
心情很差
心情很糟
心情糟糕
压力很大
压力好大
压力太大
压力山大
我很紧张
我好紧张
我有点紧张
心烦
烦躁
焦躁
入睡困难
睡不踏实
睡眠差
半夜醒
老是醒
一夜没睡
整夜没睡
没睡好
精神不好
精神很差
精神差
无精打采
不像我自己
不像自己
不在状态
状态很差
状态差
xin qing bu hao
xinqing buhao
shui bu zhao
shui bu hao
shi mian
jiao lv
ya li da
ya li hen da
hen nan guo
bu kai xin
mei jing shen
# "Don't let the fever come back" written with 在 for 再 (不要在发 is an [opt_out] slip below).
不要在发烧
别在发烧
不要在发热
不要在发作
# Can't move, can't get up, can't sleep or eat (their 不了 is not "declining": see [cancel]).
动不了
好不了
睡不了
吃不了
下不了床
起不了床
走不了路
[other]
# 'Tired to death' said in passing (累死了😂, 累得要死了): a figure of speech, not a complaint,
# and longer than the urgent 要死了 inside it.
累死了
累死我了
累得要死
累得要死了
困死了
# Feeling better (moved here from [symptom]): an improvement, not a complaint.
好多了
好一些了
好点了
好一点了
好转了
好很多了
好了很多
舒服多了
没那么痛了
没那么疼了
不怎么痛了
不怎么疼了
恢复得不错
恢复得很好
基本好了
已经好了
病好了
身体好了
已经康复
康复了
痊愈
全好了
好得差不多了
差不多好了
没事了
hao duo le
haoduole
yi jing hao le
# Bills, charges, payment, insurance and receipts (收到 … 账单 is longer than the [ack] 收到).
账单
帐单
收到 … 账单
收到 … 帐单
收到 … 发票
收到 … 收据
收到 … 缴费
收到 … 扣费
收到 … 费用
缴费
交费
付费
付款
付钱
扣费
扣款
扣钱
扣了我
多收
收了我
乱收费
欠费
欠款
要付多少
要交多少
多少费用
自付
自费
报销
能报吗
保险赔
保险公司
挂号费
诊费
检查费
药费
收据
票据
退款
退费
价格
价钱
支付
微信支付
支付宝
刷卡
copay
duo shao qian
zhang dan
fa piao
# Parking, directions, floor and opening hours.
停车场
停车费
停哪
停在哪
哪里停
位置在哪
在哪
怎么过去
怎么到
怎么找
几楼
哪栋
哪个楼
哪个门
入口在
导航
几号线
哪个站
地铁站
公交站
几点开门
几点关门
几点下班
几点上班
开门吗
关门吗
营业吗
上班吗
门诊时间
周末开
节假日
ting che
di zhi
zai na li
# 不过 'but' is not a negation: listed so that its 不 does not negate the red flag after it
# ("会迟到，不过胸口一直闷"); 不过敏 'not allergic' stays negated by being longer.
不过
不过敏
# 不了 compounds that are not "no thanks" (不了 is a [cancel] entry).
受不了
忍不了
忘不了
少不了
免不了
大不了
错不了
跑不了
不了解
不了了之
用不了
管不了
等不了
控制不了
治不了
帮不了
# Work and family emergencies that only explain a cancellation or a new time (a medical
# emergency in the same reply reads as urgent through its own words: 晕倒, 胸口痛).
急事
家里有紧急情况
家里紧急情况
家里有点紧急情况
公司有紧急情况
单位有紧急情况
工作上有紧急情况
工作上的紧急情况
临时有紧急情况
工作紧急
工作上紧急
公司紧急
单位紧急
紧急会议
紧急出差
紧急加班
紧急任务
紧急工作
紧急的工作
有紧急会议
有紧急任务
有紧急工作
有紧急的工作
有紧急出差
有紧急加班
[help]
# Who is this, whose number, what are these messages, how does it work.
谁的号码
这个号码是
这号码是
哪里的号码
不认识这个号码
不认识这号码
不认识你
陌生号码
这些短信
这些信息
这些消息
为什么给我发
为什么发给我
干嘛给我发
为什么收到这
为什么会收到这
怎么会收到这
为什么收到短信
为什么会收到短信
这是什么情况
自动发的
自动发送
自动回复
机器人
有人看吗
有人回吗
有人回复吗
请问哪位
ni shi shei
ni shi shui
ni shi na wei
zhe shi shei
ni men shi shei
shen me hao ma
[reschedule]
# Change the date or time, push it back, a later or earlier time, another day.
改一天
改到下个月
推到下个月
推迟到
延到
往后推一推
推一推
晚几天
过几天再
下个月再
改其他时间
另外找时间
再找时间
另找时间
另外约时间
改日期
换日期
改个日期
能晚一点吗
可以晚一点吗
能不能早一点
能早一点吗
可以早一点吗
可不可以早一点
postpone
re-schedule
改个date
gai ge shi jian
gai ri qi
yan qi
huan yi tian
[late]
# A little late (一丢丢), traffic, no taxi, missed the train, overslept.
晚一丢丢
迟一丢丢
晚一小会
迟一会
稍晚
堵死了
堵成狗
堵得要死
有点堵
好堵
很堵
太堵了
车坏了
车抛锚
抛锚了
打不到车
叫不到车
等不到车
错过公交
错过了公交
错过地铁
错过了地铁
没赶上车
没赶上地铁
没赶上公交
起晚了
睡过头
睡过了头
出门晚了
hui wan dian
迟 … 分钟
会晚 … 分钟
要晚 … 分钟
晚到 … 分钟
du che le
[opt_out]
# 在 written for 再 (不要在发了), and "take me off the list".
不要在发
别在发
不要在给我发
别在给我发
不要在提醒
别在提醒
不要在打扰
别在打扰
不要在联系
别在联系
不要在通知
不用在发
不需要在发
不要在收到
从名单上去掉
从名单上移除
从名单去掉
从名单里拿掉
名单里删掉
退出名单
bie fa duan xin
bie zai fa duan xin
bu yao fa xin xi
bu xiang zai shou dao
bu yao zai lian xi wo
[urgent]
# Bleeding that won't stop, suddenly fainting, stroke signs, life too tiring to go on.
血流个不停
流血流个不停
出血出个不停
突然晕了
人晕了
手脚不听使唤
一边不听使唤
说话不利索
口齿不利索
活着太累
活着好累
活得好累
活得太累
不如去死
# Pinyin red flags typed without an IME.
liu xue hen duo
liu le hen duo xue
zhi bu zhu
xue zhi bu zhu
liu xue bu ting
chu xue bu zhi
chu xue hen duo
da liang chu xue
huo bu xia qu
bu xiang huo xia qu
jie shu sheng ming
kou chi bu qing
shuo hua bu qing
shuo bu chu hua
zui wai
ban bian shen ti
ban shen bu sui
tiao lou
shang diao
fu yao guo liang
chi le hen duo yao
yun jue
shi qu yi shi
xiu ke
hu xi ji cu
xiong kou … men
xin kou … men
xin zang bing fa zuo
[cancel]
# Declining ("不了", "不必了"), and "not coming over".
不了
不必了
不麻烦了
不用啦
不需要啦
不要啦
不去啦
不过来了
过不来了
bu yong le
buyongle
bu bi le

# 2026-12-03 (session 6): 危险信号的口语、第三人称和拼音说法：孕期剧烈或持续的肚子/腰背痛、宫缩太早；
# 吃了整瓶/整板/一把药、孩子误吃药或把药当糖吃、喝了消毒液/漂白水/洁厕灵；家人晕倒、叫不醒、没反应；
# 血哗哗地流、纱布湿透、满身是血、术后/产后出血；胸口像压了块大石头、胸口沉、胸痛伴冷汗/左臂/下巴；
# 轻生的网络说法（紫砂、自鲨、割脉、烧炭、生不如死）和拼音；[alone] 单独回复“停”“退”“够了”即退订，
# 以及更多“别再发了”的说法（别发啦、不要再send、从名单里删、拼音 bie fa la）。
[urgent]
# Contractions too early, threatened preterm labour.
宫缩频繁
频繁宫缩
规律宫缩
宫缩很痛
宫缩很疼
宫缩越来越
先兆早产
要早产
可能早产
早产迹象
早产的迹象
# Overdose: a whole bottle, box or strip, a handful or dozens of pills taken at once (first or third person).
整瓶 … 都吃了
整瓶 … 全吃了
整瓶 … 全部吃了
整瓶 … 吃光了
整瓶 … 都吞了
整瓶 … 全吞了
整瓶 … 吃下去
整瓶 … 吞下去
整盒 … 都吞了
整盒 … 全吞了
整盒 … 吞下去
整板 … 都吞了
整板 … 全吞了
整板 … 吞下去
一把 … 都吃了
一把 … 全吃了
一把 … 全部吃了
一把 … 吃光了
一把 … 都吞了
一把 … 全吞了
一把 … 吃下去
一把 … 吞下去
一大把 … 都吃了
一大把 … 全吃了
一大把 … 全部吃了
一大把 … 吃光了
一大把 … 都吞了
一大把 … 全吞了
一大把 … 吃下去
一大把 … 吞下去
吃了十几片
吃了几十片
吃了十多片
吃了二十多片
吃了二三十片
吃了十几粒
吃了几十粒
吃了十多粒
吃了十几颗
吃了几十颗
吞了十几片
吞了几十片
吞了十多片
吞了二十多片
吞了二三十片
吞了十几粒
吞了几十粒
吞了十多粒
吞了十几颗
吞了几十颗
服了十几片
服了几十片
服了十多片
服了二十多片
服了二三十片
服了十几粒
服了几十粒
服了十多粒
服了十几颗
服了几十颗
吞了一板
吞了两板
吃了一大堆药
吞了一大堆药
吃了一堆药
吞了一堆药
药全吞了
药都吞了
把药全吞了
# A child who got into medicine: by mistake, secretly, as if it were candy, an adult's or grandparent's pills.
偷吃 … 药
偷吃 … 维生素
偷吃 … 钙片
偷吃 … 铁片
偷吃 … 褪黑素
误食
误吞
误吃 … 药
误服 … 药
吃了大人的 … 药
吃了奶奶的 … 药
吃了爷爷的 … 药
吃了外婆的 … 药
吃了姥姥的 … 药
吃了外公的 … 药
吃了姥爷的 … 药
吃了大人的药
吃了奶奶的药
吃了爷爷的药
吃了外婆的药
吃了姥姥的药
把药当糖
把药当成糖
药当糖吃
当糖吃了
当成糖果吃
吞了纽扣电池
吞了电池
吞了磁铁
# Poisons that are swallowed only by accident or on purpose.
老鼠药
鼠药
毒鼠强
敌敌畏
百草枯
喝了农药
喝农药
吃了老鼠药
# Passed out, will not wake or respond (a relative).
昏睡不醒
都不醒
推不醒
摇不醒
拍不醒
弄不醒
叫都不应
喊都不应
喊不应
喊他不应
叫他不应
叫她不应
没意识了
没有意识了
人事不知
倒在地上起不来
倒地起不来
摔倒在地起不来
倒 … 一动不动
躺 … 一动不动
晕 … 一动不动
突然瘫倒
瘫倒在地
瘫在地上
ren mei fan ying
mei fan ying le
jiao ta mei fan ying
jiao bu xing le
bu xing ren shi
shi qu zhi jue
hun shui bu xing
hun dao le
yun guo qu le
# Heavy bleeding in plain words: gushing, pouring, soaked through, blood everywhere.
血哗哗
哗哗流血
哗哗地流血
哗哗的流血
血往外冒
血一直冒
一直冒血
冒血不止
血往外涌
血涌出来
涌出血
喷血
血喷
血像水一样
血狂流
狂流血
压不住血
按不住血
按着还在流血
按住还在流
压着还在流
按着也止不住
纱布湿透
纱布都湿透
纱布全湿
纱布 … 湿透
绷带 … 湿透
血把 … 湿透
血浸透
被血浸透
被血湿透
被血染红
血染红
满身是血
满手是血
满脸是血
浑身是血
一身的血
到处是血
满地是血
满床是血
地上全是血
yi zhi liu xue
liu le hao duo xue
chu le hao duo xue
xue pen chu lai
xue zhi bu zhu
zhi bu zhu xue le
# Chest pressure pictured (a rock, an elephant, bound tight, heavy) and chest pain said another way.
胸口像压了
胸口压了块
胸口像有块
胸口有东西压
胸口像有东西压
胸口像被大象
胸口 … 大象
胸口像被绑
胸口 … 绑住
胸口被勒住
胸口 … 勒住
胸口像箍
胸口 … 箍住
胸口发沉
胸口很沉
胸口好沉
胸口沉重
胸口沉沉
心口发沉
心口很沉
胸口好重
胸口很重
胸口重重的
心口很重
心口好重
胸口像被捏
心脏像被捏
心脏被攥
心脏 … 攥住
胸口 … 攥住
胸口 … 掐住
心脏 … 掐住
xiong kou ya
xiong kou … ya
xiong kou hen zhong
xiong kou hao chen
xiong kou chen
xiong kou … jin
xin kou … ya
xin kou … men
# Suicidal thoughts in internet slang (紫砂/自鲨 for 自杀), methods, and pinyin.
想紫砂
要紫砂
去紫砂
紫砂了
自鲨
割脉
想割脉
烧炭
想烧炭
自尽
寻短见
寻短
活腻了
活腻歪了
想结束一切
结束一切吧
一切都结束吧
不想醒过来
永远睡过去
想永远睡着
跳江
跳海
跳桥
卧轨
天台 … 跳
桥上 … 跳
活着太痛苦
活着好痛苦
活得好痛苦
活得太痛苦
生不如死
xiang qu si
bu xiang huo zhe
buxianghuo
buxianghuole
zisha
xiang zisha
huo zhe mei yi si
huozhe meiyisi
huo zhe mei you yi yi
huo gou le
si le suan le
qing sheng
xiang qing sheng
xiang jie shu yi qie
yi liao bai liao
yi si liao zhi
ge mai
shao tan
xun si
sheng bu ru si
bu xiang zai xing lai
huo bu xia qu le
[urgent-combinations]
# --- severe or constant pain in pregnancy (孕 matches 怀孕, 孕妇, 孕期, 孕30周; 疼得/痛到 = pain 'so bad that …')
孕 + 疼得
孕 + 痛得
孕 + 疼到
孕 + 痛到
孕 + 疼死
孕 + 痛死
孕 + 特别疼
孕 + 特别痛
孕 + 非常疼
孕 + 非常痛
孕 + 一直疼
孕 + 一直痛
孕 + 一直在疼
孕 + 一直在痛
孕 + 疼个不停
孕 + 痛个不停
孕 + 持续疼
孕 + 持续痛
孕 + 持续性疼
孕 + 持续性痛
孕 + 持续性腹痛
孕 + 绞痛
孕 + 越来越疼
孕 + 越来越痛
孕 + 疼痛难忍
孕 + 肚子很痛
孕 + 肚子很疼
孕 + 肚子好痛
孕 + 肚子好疼
孕 + 小腹很痛
孕 + 小腹很疼
孕 + 小腹好痛
孕 + 小腹好疼
孕 + 下腹很痛
孕 + 下腹很疼
孕 + 腰很痛
孕 + 腰很疼
孕 + 腰好痛
孕 + 腰好疼
孕 + 肚子发硬
孕 + 肚子很硬
孕 + 肚子变硬
怀了 + 疼得
怀了 + 痛得
怀了 + 疼到
怀了 + 痛到
怀了 + 疼死
怀了 + 痛死
怀了 + 特别疼
怀了 + 特别痛
怀了 + 非常疼
怀了 + 非常痛
怀了 + 一直疼
怀了 + 一直痛
怀了 + 一直在疼
怀了 + 一直在痛
怀了 + 疼个不停
怀了 + 痛个不停
怀了 + 持续疼
怀了 + 持续痛
怀了 + 持续性疼
怀了 + 持续性痛
怀了 + 持续性腹痛
怀了 + 绞痛
怀了 + 越来越疼
怀了 + 越来越痛
怀了 + 疼痛难忍
怀了 + 痛得厉害
怀了 + 肚子很痛
怀了 + 肚子很疼
怀了 + 肚子好痛
怀了 + 肚子好疼
怀了 + 小腹很痛
怀了 + 小腹很疼
怀了 + 小腹好痛
怀了 + 小腹好疼
怀了 + 下腹很痛
怀了 + 下腹很疼
怀了 + 腰很痛
怀了 + 腰很疼
怀了 + 腰好痛
怀了 + 腰好疼
怀了 + 肚子发硬
怀了 + 肚子很硬
怀了 + 肚子变硬
huai yun + teng de li hai
huai yun + tong de li hai
huai yun + te bie teng
huai yun + yi zhi teng
huai yun + yi zhi tong
huai yun + teng de shou bu liao
huaiyun + teng de li hai
huaiyun + tong de li hai
huaiyun + te bie teng
huaiyun + yi zhi teng
huaiyun + yi zhi tong
huaiyun + teng de shou bu liao
# --- contractions or labour pains weeks too early (才32周就宫缩)
宫缩 + 周
宫缩 + 个月
宫缩 + 早产
阵痛 + 周
阵痛 + 个月
阵痛 + 早产
# --- a child who got into medicine (孩子吃了我的药, 偷吃了药, 把药当糖)
孩子 + 吃了我的 … 药
孩子 + 吃了我的药
孩子 + 吃了我们的 … 药
孩子 + 打开了药瓶
孩子 + 翻出药
孩子 + 翻到药
小孩 + 吃了我的 … 药
小孩 + 吃了我的药
小孩 + 吃了我们的 … 药
小孩 + 打开了药瓶
小孩 + 翻出药
小孩 + 翻到药
宝宝 + 吃了我的 … 药
宝宝 + 吃了我的药
宝宝 + 吃了我们的 … 药
宝宝 + 打开了药瓶
宝宝 + 翻出药
宝宝 + 翻到药
儿子 + 吃了我的 … 药
儿子 + 吃了我的药
儿子 + 吃了我们的 … 药
儿子 + 打开了药瓶
儿子 + 翻出药
儿子 + 翻到药
女儿 + 吃了我的 … 药
女儿 + 吃了我的药
女儿 + 吃了我们的 … 药
女儿 + 打开了药瓶
女儿 + 翻出药
女儿 + 翻到药
孙子 + 吃了我的 … 药
孙子 + 吃了我的药
孙子 + 吃了我们的 … 药
孙子 + 打开了药瓶
孙子 + 翻出药
孙子 + 翻到药
孙女 + 吃了我的 … 药
孙女 + 吃了我的药
孙女 + 吃了我们的 … 药
孙女 + 打开了药瓶
孙女 + 翻出药
孙女 + 翻到药
小朋友 + 吃了我的 … 药
小朋友 + 吃了我的药
小朋友 + 吃了我们的 … 药
小朋友 + 打开了药瓶
小朋友 + 翻出药
小朋友 + 翻到药
娃 + 吃了我的 … 药
娃 + 吃了我的药
娃 + 吃了我们的 … 药
娃 + 打开了药瓶
娃 + 翻出药
娃 + 翻到药
# --- bleach, cleaners, pesticide, a battery swallowed or drunk (first or third person)
喝了 + 消毒液
喝了 + 漂白水
喝了 + 漂白剂
喝了 + 洁厕灵
喝了 + 洗洁精
喝了 + 洗衣液
喝了 + 洗衣凝珠
喝了 + 清洁剂
喝了 + 杀虫剂
喝了 + 除草剂
喝了 + 煤油
喝了 + 电池
吃了 + 消毒液
吃了 + 漂白水
吃了 + 漂白剂
吃了 + 洁厕灵
吃了 + 洗洁精
吃了 + 洗衣液
吃了 + 洗衣凝珠
吃了 + 清洁剂
吃了 + 杀虫剂
吃了 + 除草剂
吃了 + 煤油
吃了 + 电池
吞了 + 消毒液
吞了 + 漂白水
吞了 + 漂白剂
吞了 + 洁厕灵
吞了 + 洗洁精
吞了 + 洗衣液
吞了 + 洗衣凝珠
吞了 + 清洁剂
吞了 + 杀虫剂
吞了 + 除草剂
吞了 + 煤油
吞了 + 电池
喝下 + 消毒液
喝下 + 漂白水
喝下 + 漂白剂
喝下 + 洁厕灵
喝下 + 洗洁精
喝下 + 洗衣液
喝下 + 洗衣凝珠
喝下 + 清洁剂
喝下 + 杀虫剂
喝下 + 除草剂
喝下 + 煤油
喝下 + 电池
舔了 + 消毒液
舔了 + 漂白水
舔了 + 漂白剂
舔了 + 洁厕灵
舔了 + 洗洁精
舔了 + 洗衣液
舔了 + 洗衣凝珠
舔了 + 清洁剂
舔了 + 杀虫剂
舔了 + 除草剂
舔了 + 煤油
舔了 + 电池
误喝 + 消毒液
误喝 + 漂白水
误喝 + 漂白剂
误喝 + 洁厕灵
误喝 + 洗洁精
误喝 + 洗衣液
误喝 + 洗衣凝珠
误喝 + 清洁剂
误喝 + 杀虫剂
误喝 + 除草剂
误喝 + 煤油
误喝 + 电池
# --- chest pain or pressure with a cold sweat, the left arm or shoulder, the jaw
胸 + 冷汗
胸 + 虚汗
胸 + 左手麻
胸 + 左手发麻
胸 + 左肩痛
胸 + 左肩疼
胸 + 左边胳膊麻
胸 + 左边手臂麻
胸 + 胳膊发麻
胸 + 手臂发麻
胸 + 牙床
心口 + 冷汗
心口 + 虚汗
心口 + 左手麻
心口 + 左手发麻
心口 + 左肩痛
心口 + 左肩疼
心口 + 左边胳膊麻
心口 + 左边手臂麻
心口 + 胳膊发麻
心口 + 手臂发麻
心口 + 下巴
心口 + 牙床
心脏 + 冷汗
心脏 + 虚汗
心脏 + 左手麻
心脏 + 左手发麻
心脏 + 左肩痛
心脏 + 左肩疼
心脏 + 左边胳膊麻
心脏 + 左边手臂麻
心脏 + 胳膊发麻
心脏 + 手臂发麻
心脏 + 下巴
心脏 + 牙床
xiong kou + leng han
xiong kou + chu han
xiong kou + zuo shou
xiong kou + zuo bi
xin kou + leng han
xin kou + chu han
xin kou + zuo shou
xin kou + zuo bi
# --- bleeding after surgery or birth that won't stop, and a wound that keeps bleeding
伤口 + 止不住
伤口 + 停不下来
伤口 + 流个不停
伤口 + 不停地流
刀口 + 止不住
刀口 + 停不下来
刀口 + 流个不停
刀口 + 不停地流
手术 + 止不住
手术 + 停不下来
手术 + 流个不停
手术 + 不停地流
术后 + 止不住
术后 + 停不下来
术后 + 流个不停
术后 + 不停地流
产后 + 止不住
产后 + 停不下来
产后 + 流个不停
产后 + 不停地流
生完 + 止不住
生完 + 停不下来
生完 + 流个不停
生完 + 不停地流
剖腹产 + 止不住
剖腹产 + 停不下来
剖腹产 + 流个不停
剖腹产 + 不停地流
顺产 + 止不住
顺产 + 停不下来
顺产 + 流个不停
顺产 + 不停地流
拔牙 + 止不住
拔牙 + 停不下来
拔牙 + 流个不停
拔牙 + 不停地流
# --- a whole bottle, strip or box, or a big handful, of one medicine (降压药 + 整瓶)
降压药 + 整瓶
降压药 + 一大把
降压药 + 整板
降压药 + 整盒
止痛药 + 整瓶
止痛药 + 一大把
止痛药 + 整板
止痛药 + 整盒
止疼药 + 整瓶
止疼药 + 一大把
止疼药 + 整板
止疼药 + 整盒
退烧药 + 整瓶
退烧药 + 一大把
退烧药 + 整板
退烧药 + 整盒
感冒药 + 整瓶
感冒药 + 一大把
感冒药 + 整板
感冒药 + 整盒
降糖药 + 整瓶
降糖药 + 一大把
降糖药 + 整板
降糖药 + 整盒
抗抑郁药 + 整瓶
抗抑郁药 + 一大把
抗抑郁药 + 整板
抗抑郁药 + 整盒
铁片 + 整瓶
铁片 + 一大把
铁片 + 整板
铁片 + 整盒
维生素 + 整瓶
维生素 + 一大把
维生素 + 整板
维生素 + 整盒
布洛芬 + 整瓶
布洛芬 + 一大把
布洛芬 + 整板
布洛芬 + 整盒
扑热息痛 + 整瓶
扑热息痛 + 一大把
扑热息痛 + 整板
扑热息痛 + 整盒
对乙酰氨基酚 + 整瓶
对乙酰氨基酚 + 一大把
对乙酰氨基酚 + 整板
对乙酰氨基酚 + 整盒
褪黑素 + 整瓶
褪黑素 + 一大把
褪黑素 + 整板
褪黑素 + 整盒
[opt_out]
# More ways to say 'stop sending': 啦 endings, English send/text/sms inside Chinese, angry forms, 'take me off the list', pinyin.
别发啦
不要发啦
不用发啦
别发来了
不要发来了
不要再发来
别再发来
短信发个不停
消息发个不停
短信发个没完
天天发短信
天天发消息
老是发短信
总是发短信
一直发短信
整天发短信
老发短信
烦死了别发
别再send
不要再send
别send了
不要send了
不要send
别send
不要再发message
别发message
不要再text
别再text
不要text我
别text我
不要再sms
别发sms
不要发sms
stop发
stop发送
不要再message
别message我
名单里删
名单上删
名单中删
名单删掉
名单删除
名单里去掉
名单中去掉
名单上去掉
名单里移除
名单中移除
名单上移除
从你们的名单
从你们名单
从通知名单
从短信名单
别再打扰我
不要再打扰我了
不想再收到你们
不想再收你们
bie fa la
bie zai fa la
bu yao fa la
bie gei wo fa
bu yao gei wo fa
bu yao zai gei wo fa
buyao zaifa
buyaozaifa
biefale
bie fa xiao xi
bu yao fa xiao xi
bu xu yao duan xin
bu yao duan xin
tui ding duan xin
qu xiao duan xin
shan chu wo de hao ma
ba wo shan le
bu yao zai da rao
bie zai da rao
bie fan wo
bu yao zai fa xiao xi
[alone]
# Bare words for STOP / ENOUGH, a stop request only as the whole reply ("停", "停！", "够了").
停 = opt_out
停停停 = opt_out
退 = opt_out
够了 = opt_out
够了够了 = opt_out
别发 = opt_out
不要发 = opt_out
ting = opt_out
ting zhi = opt_out
tingzhi = opt_out
bie fa = opt_out
